using FocalPoints.Application.Access;
using FocalPoints.Application.Comparisons;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Strategies;
using FocalPoints.Application.Tests.Strategies;
using FocalPoints.Domain.Comparisons;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Testing.Builders;
using Moq;

namespace FocalPoints.Application.Tests.Comparisons;

/// <summary>
/// Ghana and Denmark in two cycles: the comparison reads the previous cycle the country took part in,
/// and it (with its early warnings) goes to the coordinators and the country's own focal points only.
/// </summary>
public sealed class ReadCycleComparisonTests
{
    private static readonly DateTime Now = new(2028, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly CycleSchedule Schedule = new(TimeSpan.FromDays(30), TimeSpan.FromDays(7), [], TimeSpan.FromDays(7), TimeSpan.FromDays(7));
    private static readonly CycleRecord Cycle2026 = Cycle("c2026", ["GHA", "DNK"], Now.AddYears(-2));
    private static readonly CycleRecord Cycle2027 = Cycle("c2027", ["DNK"], Now.AddYears(-1));
    private static readonly CycleRecord Cycle2028 = Cycle("c2028", ["GHA", "DNK"], Now.AddDays(-30));

    private static readonly Caller Coordinator = new("Coordinator", "co@network.example", new HashSet<string> { Roles.Coordinator });
    private static readonly Caller Ghana = new("Ghana", "fp@gha.example", new HashSet<string> { Roles.FocalPoint });
    private static readonly Caller Denmark = new("Denmark", "fp@dnk.example", new HashSet<string> { Roles.FocalPoint });

    private readonly Mock<ICycleStore> cycles = new();
    private readonly Mock<IStrategyRepository> strategies = new();
    private readonly Mock<IStepDocumentStore> documents = new();
    private readonly Mock<IPeerReviewStore> reviews = new();
    private readonly Mock<IDirectoryStore> directory = new();

    public ReadCycleComparisonTests()
    {
        cycles.Setup(c => c.ListCyclesAsync(It.IsAny<CancellationToken>())).ReturnsAsync([Cycle2028, Cycle2026, Cycle2027]);
        cycles.Setup(c => c.GetCycleAsync("c2028", It.IsAny<CancellationToken>())).ReturnsAsync(Cycle2028);
        foreach ((string iso3, string email) in new[] { ("GHA", "fp@gha.example"), ("DNK", "fp@dnk.example") })
        {
            directory.Setup(d => d.GetMemberAsync(iso3, It.IsAny<CancellationToken>()))
                .ReturnsAsync(new Member(iso3, iso3, RegionalGroup.AfricanStates, [new Contact(iso3, email, Language.En, "UTC")]));
        }

        // Ghana's risk assessment: RF9 rose from moderate to severe, no action covers it.
        Approved("c2026", "GHA", new RiskAssessmentBuilder().WithFactor("RF9", RiskRating.Moderate).Build());
        Approved("c2028", "GHA", new RiskAssessmentBuilder().WithFactor("RF9", RiskRating.Severe, Trend.Worsening).Build());
        reviews.Setup(r => r.ListCountryFollowUpsAsync("GHA", It.IsAny<CancellationToken>())).ReturnsAsync(new FollowUps(
            [new Recommendation("pr-1", "c2026", "GHA", 1, "Publish the indicators.", RecommendationStatus.Accepted, new DateOnly(2027, 1, 1))],
            []));
    }

    [Fact]
    public async Task Coordinator_ReadsTheComparisonWithThePreviousCycleTheCountryTookPartIn()
    {
        CycleComparison comparison = (await Use().ExecuteAsync(Coordinator, "c2028", "GHA", CancellationToken.None)).Value;

        Assert.Equal("c2026", comparison.PreviousCycleId);
        Assert.Equal((RiskRating.Moderate, RiskRating.Severe, RatingChange.Rose), Factor(comparison, "RF9"));
        Assert.Equal("RF9", Assert.Single(comparison.Warnings).FactorId);
        Assert.Equal(FollowUpState.Overdue, Assert.Single(comparison.Recommendations).State);
    }

    [Fact]
    public async Task CountrysFocalPoint_ReadsItsWarnings_AnotherCountrysIsRefused()
    {
        Outcome<CycleComparison> own = await Use().ExecuteAsync(Ghana, "c2028", "GHA", CancellationToken.None);
        Outcome<CycleComparison> other = await Use().ExecuteAsync(Denmark, "c2028", "GHA", CancellationToken.None);

        Assert.Single(own.Value.Warnings);
        Assert.IsType<Forbidden>(other.Failure);
    }

    [Fact]
    public void Previous_IsTheLatestEarlierCycleWithTheCountry()
    {
        CycleRecord[] all = [Cycle2026, Cycle2027, Cycle2028];

        Assert.Equal("c2026", CycleComparisons.Previous("GHA", Cycle2028, all)?.Definition.CycleId);
        Assert.Equal("c2027", CycleComparisons.Previous("DNK", Cycle2028, all)?.Definition.CycleId);
        Assert.Null(CycleComparisons.Previous("GHA", Cycle2026, all));
    }

    private static (RiskRating?, RiskRating?, RatingChange?) Factor(CycleComparison c, string id) =>
        c.Factors.Single(f => f.Id == id) is var f ? (f.Before, f.Now, f.Change) : default;

    private ReadCycleComparison Use()
    {
        var approved = new ApprovedStrategies(documents.Object);
        var comparisons = new CycleComparisons(cycles.Object, strategies.Object, approved, reviews.Object, new FixedTime(Now));
        return new ReadCycleComparison(new StrategyAccess(new AccessControl(directory.Object), strategies.Object), cycles.Object, comparisons);
    }

    private void Approved(string cycleId, string country, RiskAssessmentContent content)
    {
        StrategyProgress progress = StrategyProgress.Start(cycleId, country, Now)
            .Opened(StrategyStep.RiskAssessment, Now, Now.AddDays(30))
            .Submitted(StrategyStep.RiskAssessment, Now)
            .Reviewed(StrategyStep.RiskAssessment, ReviewDecision.Approve, null, Now);
        strategies.Setup(s => s.LoadAsync(cycleId, country, null, It.IsAny<CancellationToken>())).ReturnsAsync(new Strategy(progress, "W/\"1\""));
        documents.Setup(d => d.GetSubmissionAsync(cycleId, country, StrategyStep.RiskAssessment, 1, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new StoredSubmission(StrategyStep.RiskAssessment, 1, StepContentJson.Serialize(content), "fp", Now));
    }

    private static CycleRecord Cycle(string id, string[] countries, DateTime created) =>
        new(new CycleDefinition(id, $"Cycle {id}", countries, Schedule), "hash", created);
}
