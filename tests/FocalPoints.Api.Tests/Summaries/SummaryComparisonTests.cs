using System.Globalization;
using FocalPoints.Api.Summaries;
using FocalPoints.Domain.Comparisons;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Summaries;
using FocalPoints.Testing.Builders;

namespace FocalPoints.Api.Tests.Summaries;

/// <summary>A summary's comparison with the previous cycle: written in the reader's language, and the peer-review edition shows nothing of a step confidential in either cycle.</summary>
public sealed class SummaryComparisonTests
{
    private const string Canary = "CANARY-CONFIDENTIAL-2b7e";
    private static readonly DateOnly Today = new(2028, 6, 1);

    private static readonly Recommendation[] Recommendations =
    [
        new("s1", "c1", "GHA", 1, "Train judges.", RecommendationStatus.Accepted, new DateOnly(2027, 1, 1), new ProgressDeclaration(RecommendationProgress.Done, new DateTime(2027, 3, 1, 0, 0, 0, DateTimeKind.Utc), null)),
        new("s1", "c1", "GHA", 2, "Fund the NHRI.", RecommendationStatus.Noted, new DateOnly(2027, 1, 1)),
    ];

    private static CountrySummary Summary(SummaryAudience audience)
    {
        ApprovedSteps before = ApprovedSteps.Of(
            new RiskAssessmentBuilder().WithFactor("RF9", RiskRating.Moderate).SharedAs(Sharing.Confidential).Build(),
            new ActionPrioritisationContent([new PrioritisedAction($"Secret plan {Canary}", ActionScope.Domestic, "R1", ["RF1"], "Interior", null, new DateOnly(2029, 1, 1), 1)], Sharing.Confidential));
        ApprovedSteps now = ApprovedSteps.Of(
            new RiskAssessmentBuilder().WithFactor("RF9", RiskRating.Severe, Trend.Worsening).SharedAs(Sharing.Network).Build(),
            new ActionPrioritisationContent([new PrioritisedAction("Open mediation councils", ActionScope.Domestic, "R5", ["RF1"], "Interior", null, null, 1)], Sharing.Network));
        CycleComparison comparison = CycleComparer.Compare("GHA", new ComparedCycle("c2", "Cycle 2028", now), new ComparedCycle("c1", "Cycle 2026", before), Recommendations, Today, audience);
        return SummaryBuilder.Build("GHA", "Ghana", "c2", "Cycle 2028", Today, audience, now) with { Comparison = comparison };
    }

    [Fact]
    public void Internal_ShowsTheEarlyWarningAndTheDroppedAction()
    {
        string html = SummaryHtml.Render(Summary(SummaryAudience.Internal), Readers.English);
        string markdown = SummaryMarkdown.Render(Summary(SummaryAudience.Internal), Readers.English);

        foreach (string rendering in new[] { html, markdown })
        {
            Assert.Contains("Against the previous cycle", rendering, StringComparison.Ordinal);
            Assert.Contains("Early warnings", rendering, StringComparison.Ordinal);
            Assert.Contains("rose to high or severe", rendering, StringComparison.Ordinal);
            Assert.Contains("dropped", rendering, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PeerReviewEdition_ShowsNothingOfAStepConfidentialInEitherCycle()
    {
        string html = SummaryHtml.Render(Summary(SummaryAudience.PeerReviewers), Readers.English);
        string markdown = SummaryMarkdown.Render(Summary(SummaryAudience.PeerReviewers), Readers.English);

        foreach (string rendering in new[] { html, markdown })
        {
            Assert.Contains("Against the previous cycle", rendering, StringComparison.Ordinal);
            Assert.DoesNotContain(Canary, rendering, StringComparison.Ordinal);
            Assert.DoesNotContain("Early warnings", rendering, StringComparison.Ordinal);
            Assert.DoesNotContain("Computed change", rendering, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("en", "| 1. \u2068Train judges.\u2069 | accepted | 1 January 2027 | implemented | done |", "| 2. \u2068Fund the NHRI.\u2069 | noted | 1 January 2027 | not declared | overdue |")]
    [InlineData("fr", "| 1. \u2068Train judges.\u2069 | acceptée | 1 janvier 2027 | mise en œuvre | réalisée |", "| 2. \u2068Fund the NHRI.\u2069 | notée | 1 janvier 2027 | non déclarée | en retard |")]
    public void Recommendations_ShowTheDeclaredImplementationAndTheFollowUp(string culture, string done, string undeclared)
    {
        string markdown = SummaryMarkdown.Render(Summary(SummaryAudience.PeerReviewers), CultureInfo.GetCultureInfo(culture));

        Assert.Contains(done, markdown, StringComparison.Ordinal);
        Assert.Contains(undeclared, markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Par rapport au cycle précédent", "passé à élevé ou grave")]
    [InlineData("ar", "مقارنة بالدورة السابقة", "ارتفع إلى مرتفع أو شديد")]
    [InlineData("zh-Hans", "与上一周期相比", "升至高或严重")]
    public void Comparison_IsWrittenInTheReadersLanguage(string culture, string heading, string reason)
    {
        string html = SummaryHtml.Render(Summary(SummaryAudience.Internal), CultureInfo.GetCultureInfo(culture));

        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains(reason, html, StringComparison.Ordinal);
    }
}
