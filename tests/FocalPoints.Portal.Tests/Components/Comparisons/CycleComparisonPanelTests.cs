using Bunit;
using FocalPoints.Domain.Comparisons;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Summaries;
using FocalPoints.Portal.Components.Comparisons;

namespace FocalPoints.Portal.Tests.Components.Comparisons;

public sealed class CycleComparisonPanelTests
{
    private static readonly CycleComparison Ghana = new(
        "GHA", "c2028", "c2026", "Strategies 2026", SummaryAudience.Internal,
        [new FactorChange("RF9", RiskRating.Moderate, RiskRating.Severe, Trend.Stable, Trend.Worsening, RatingChange.Rose, true)],
        [new ActionFollowUp("Train the police", "R1", ActionFate.Dropped, new DateOnly(2029, 1, 1))],
        [],
        [],
        [
            new RecommendationFollowUp("pr-1", 1, "Publish the indicators.", RecommendationStatus.Accepted, new DateOnly(2027, 1, 1), RecommendationProgress.InProgress, FollowUpState.Overdue),
            new RecommendationFollowUp("pr-1", 2, "Train the judges.", RecommendationStatus.Noted, new DateOnly(2027, 1, 1), RecommendationProgress.Done, FollowUpState.Done),
            new RecommendationFollowUp("pr-1", 3, "Fund the NHRI.", RecommendationStatus.Accepted, new DateOnly(2029, 1, 1), null, FollowUpState.Open),
        ],
        [new EarlyWarning("RF9", RiskRating.Moderate, RiskRating.Severe, [WarningReason.RoseToHighOrSevere], false)]);

    [Fact]
    public void The_warning_the_changes_and_the_follow_up_are_shown_in_French()
    {
        using var context = new Context("fr");
        IRenderedComponent<CycleComparisonPanel> panel = context.Render<CycleComparisonPanel>(p => p.Add(c => c.Comparison, Ghana));

        Assert.Contains("Alerte précoce pour ce pays", panel.Markup, StringComparison.Ordinal);
        Assert.Contains("passé à élevé ou grave", panel.Find(".warnings").TextContent, StringComparison.Ordinal);
        Assert.Contains("en hausse", panel.Markup, StringComparison.Ordinal);
        Assert.Contains("abandonnée", panel.Markup, StringComparison.Ordinal);
        Assert.Contains("en retard", panel.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_recommendation_shows_its_declared_implementation_beside_its_follow_up()
    {
        using var context = new Context("en");
        IRenderedComponent<CycleComparisonPanel> panel = context.Render<CycleComparisonPanel>(p => p.Add(c => c.Comparison, Ghana));

        string[] rows = panel.FindAll("table:last-of-type tbody tr").Select(r => string.Join(" | ", r.Children.Skip(3).Select(c => c.TextContent.Trim()))).ToArray();
        Assert.Equal(["in progress | overdue", "implemented | done", "not declared | open"], rows);
    }

    [Fact]
    public void A_first_cycle_says_there_is_nothing_to_compare_and_warns_of_nothing()
    {
        using var context = new Context("en");
        IRenderedComponent<CycleComparisonPanel> panel = context.Render<CycleComparisonPanel>(p => p.Add(c => c.Comparison, CycleComparison.First("GHA", "c2026", SummaryAudience.Internal)));

        Assert.Contains("first cycle", panel.Markup, StringComparison.Ordinal);
        Assert.Empty(panel.FindAll(".warnings"));
        Assert.Empty(panel.FindAll("table"));
    }

    private sealed class Context(string culture) : PortalTestContext(culture);
}
