using FocalPoints.Api.Summaries;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Summaries;
using FocalPoints.Testing.Builders;

namespace FocalPoints.Api.Tests.Summaries;

/// <summary>Summaries are built from stored data, which older rules may have let through: no sum can fail them.</summary>
public class SummaryArithmeticTests
{
    private static ApprovedSteps Huge() => ApprovedSteps.Of(
        new RiskAssessmentBuilder().WithFactor("RF9", RiskRating.Severe, Trend.Worsening).SharedAs(Sharing.Network).Build(),
        new ActionPrioritisationBuilder().WithAction("Early warning", "R5", 1, ["RF9"]).Build() with { Sharing = Sharing.Network },
        new OfficialTrainingContent(
            [
                new TrainingProgramme(TrainingAudience.Judiciary, [TrainingTopic.HumanRights], int.MaxValue, [new TrainingSession(new DateOnly(2027, 5, 1), int.MaxValue)]),
                new TrainingProgramme(TrainingAudience.Judiciary, [TrainingTopic.HumanRights], int.MaxValue, [new TrainingSession(new DateOnly(2027, 6, 1), int.MaxValue)]),
            ],
            Sharing.Network),
        new ResourceMobilisationContent(
            [
                new Resource(ResourceSource.NationalBudget, "A", decimal.MaxValue, "USD", ResourceStatus.Committed, []),
                new Resource(ResourceSource.NationalBudget, "B", decimal.MaxValue, "USD", ResourceStatus.Committed, []),
            ],
            null,
            null,
            Sharing.Network));

    [Fact]
    public void Participants_beyond_an_int_are_summed_without_overflow()
    {
        CountrySummary summary = SummaryBuilder.Build("GHA", "Ghana", "2027", "2027", new DateOnly(2027, 9, 15), SummaryAudience.PeerReviewers, Huge());

        Assert.Equal(2L * int.MaxValue, summary.Training!.Planned);
        Assert.Equal(2L * int.MaxValue, summary.Training.Trained);
    }

    [Fact]
    public void Every_rendering_of_a_huge_strategy_succeeds()
    {
        CountrySummary summary = SummaryBuilder.Build("GHA", "Ghana", "2027", "2027", new DateOnly(2027, 9, 15), SummaryAudience.PeerReviewers, Huge());
        var session = new Domain.PeerReviews.PeerReviewSession("s1", "Session", new DateOnly(2027, 10, 1), "2027", ["GHA", "CIV"], null, ["r@peer.example"], DateTime.UtcNow);

        string html = SummaryHtml.Render(summary, Readers.English);
        string markdown = SummaryMarkdown.Render(summary, Readers.English);
        string comparative = ComparativeSummary.Html(session, [summary, summary], new FollowUps([], []), new DateOnly(2027, 9, 15), SummaryAudience.PeerReviewers, Readers.English);

        Assert.Contains("4,294,967,294", html, StringComparison.Ordinal);
        Assert.Contains("4,294,967,294", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("width=\"-", html, StringComparison.Ordinal);
        Assert.Contains("4,294,967,294 / 4,294,967,294", comparative, StringComparison.Ordinal);
    }
}
