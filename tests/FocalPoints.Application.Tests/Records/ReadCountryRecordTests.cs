using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Records;
using FocalPoints.Application.Tests.Strategies;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.GoodPractice;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Records;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Testing.Builders;
using Moq;

namespace FocalPoints.Application.Tests.Records;

/// <summary>
/// Ghana and Denmark in two cycles, reviewed together in one peer-review session. Ghana's risk assessment in
/// the first cycle was returned (version 1) and approved (version 2, confidential: the canary); in the second
/// cycle version 1 waits for review. The record holds all of Ghana's and nothing of Denmark's.
/// </summary>
public sealed class ReadCountryRecordTests
{
    private const string Canary = "CANARY-7f3a confidential evidence";
    private static readonly DateTime Now = new(2028, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly CycleSchedule Schedule = new(TimeSpan.FromDays(30), TimeSpan.FromDays(7), [], TimeSpan.FromDays(7), TimeSpan.FromDays(7));

    private static readonly Caller Coordinator = new("Coordinator", "co@network.example", new HashSet<string> { Roles.Coordinator });
    private static readonly Caller Ghana = new("Ghana", "fp@gha.example", new HashSet<string> { Roles.FocalPoint });
    private static readonly Caller Denmark = new("Denmark", "fp@dnk.example", new HashSet<string> { Roles.FocalPoint });
    private static readonly Caller Reviewer = new("Reviewer", "reviewer@peer.example", new HashSet<string> { Roles.PeerReviewer });

    private readonly Mock<IDirectoryStore> directory = new();
    private readonly Mock<ICycleStore> cycles = new();
    private readonly Mock<ICountryRecordReads> reads = new(MockBehavior.Strict);
    private readonly Mock<IPeerReviewStore> reviews = new();
    private readonly Mock<IGoodPracticeStore> library = new();

    public ReadCountryRecordTests()
    {
        foreach ((string iso3, string email) in new[] { ("GHA", "fp@gha.example"), ("DNK", "fp@dnk.example") })
        {
            directory.Setup(d => d.GetMemberAsync(iso3, It.IsAny<CancellationToken>()))
                .ReturnsAsync(new Member(iso3, iso3 == "GHA" ? "Ghana" : "Denmark", RegionalGroup.AfricanStates, [new Contact(iso3, email, Language.En, "UTC")]));
        }

        directory.Setup(d => d.GetCoordinatorsAsync(It.IsAny<CancellationToken>())).ReturnsAsync([new Contact("Coordinator", "co@network.example", Language.En, "UTC")]);
        cycles.Setup(c => c.ListCyclesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(
        [
            Cycle("c2", ["GHA", "DNK"], Now.AddDays(-30)),
            Cycle("c1", ["GHA", "DNK"], Now.AddYears(-1)),
            Cycle("other", ["DNK"], Now.AddDays(-60)),
        ]);

        StrategyProgress first = StrategyProgress.Start("c1", "GHA", Now.AddYears(-1))
            .Opened(StrategyStep.RiskAssessment, Now.AddYears(-1), Now.AddYears(-1).AddDays(30))
            .Submitted(StrategyStep.RiskAssessment, Now.AddYears(-1).AddDays(1))
            .Reviewed(StrategyStep.RiskAssessment, ReviewDecision.Return, "Say more on RF9.", Now.AddYears(-1).AddDays(2))
            .Submitted(StrategyStep.RiskAssessment, Now.AddYears(-1).AddDays(3))
            .Reviewed(StrategyStep.RiskAssessment, ReviewDecision.Approve, null, Now.AddYears(-1).AddDays(4));
        reads.Setup(r => r.ReadCountryAsync("c1", "GHA", It.IsAny<CancellationToken>())).ReturnsAsync(new CountryCycleRows(
            first,
            [
                Submission(1, new RiskAssessmentBuilder().WithFactor("RF9", RiskRating.High).SharedAs(Sharing.Network).Build(), Now.AddYears(-1).AddDays(1)),
                Submission(2, new RiskAssessmentBuilder().WithFactor("RF9", RiskRating.Severe, Trend.Worsening, Canary).SharedAs(Sharing.Confidential).Build(), Now.AddYears(-1).AddDays(3)),
            ],
            [
                new StoredReview(StrategyStep.RiskAssessment, 1, ReviewDecision.Return, "Say more on RF9.", "co@network.example", Now.AddYears(-1).AddDays(2)),
                new StoredReview(StrategyStep.RiskAssessment, 2, ReviewDecision.Approve, null, "co@network.example", Now.AddYears(-1).AddDays(4)),
            ],
            new Dictionary<StrategyStep, string>(),
            [new AuditEvent("c1", "GHA", Now.AddYears(-1).AddDays(2), "review", StrategyStep.RiskAssessment, "co@network.example", "return", "r1")]));
        StrategyProgress second = StrategyProgress.Start("c2", "GHA", Now.AddDays(-30))
            .Opened(StrategyStep.RiskAssessment, Now.AddDays(-30), Now)
            .Submitted(StrategyStep.RiskAssessment, Now.AddDays(-1));
        reads.Setup(r => r.ReadCountryAsync("c2", "GHA", It.IsAny<CancellationToken>())).ReturnsAsync(new CountryCycleRows(
            second,
            [Submission(1, new RiskAssessmentBuilder().Build(), Now.AddDays(-1))],
            [],
            new Dictionary<StrategyStep, string> { [StrategyStep.ActionPrioritisation] = """{"actions":[]}""" },
            []));

        var session = new PeerReviewSession("pr-1", "West Africa peer review", new DateOnly(2027, 6, 1), "c1", ["GHA", "DNK"], null, ["reviewer@peer.example"], Now.AddYears(-1));
        reviews.Setup(r => r.ListSessionsAsync(It.IsAny<CancellationToken>())).ReturnsAsync(
            [session, session with { SessionId = "pr-2", Countries = ["DNK"] }]);
        reviews.Setup(r => r.ListCountryFollowUpsAsync("GHA", It.IsAny<CancellationToken>())).ReturnsAsync(new FollowUps(
            [
                new Recommendation("pr-1", "c1", "GHA", 2, "Train district officers.", RecommendationStatus.Noted, new DateOnly(2028, 1, 1)),
                new Recommendation("pr-1", "c1", "GHA", 1, "Publish the indicators.", RecommendationStatus.Accepted, new DateOnly(2027, 12, 1)),
            ],
            [new CountryResponse("pr-1", "c1", "GHA", "We accept and will publish quarterly.", "fp@gha.example", Now.AddYears(-1).AddDays(40))]));
        library.Setup(l => l.ListAsync(It.IsAny<CancellationToken>())).ReturnsAsync([Entry("gp-gha", "GHA"), Entry("gp-dnk", "DNK")]);
    }

    [Fact]
    public async Task The_countrys_focal_point_reads_every_version_review_recommendation_and_response()
    {
        CountryRecord record = (await Use().ExecuteAsync(Ghana, "GHA", CancellationToken.None)).Value;

        Assert.Equal(CountryRecord.CurrentSchema, record.Schema);
        Assert.Equal(["c1", "c2"], record.Cycles.Select(c => c.CycleId));
        RecordStep risk = record.Cycles[0].Steps.Single(s => s.Step == StrategyStep.RiskAssessment);
        Assert.Equal(StepStatus.Approved, risk.Status);
        Assert.Equal([(1, StepStatus.Returned, Sharing.Network), (2, StepStatus.Approved, Sharing.Confidential)], risk.Versions.Select(v => (v.Version, v.Status, v.Sharing)));
        Assert.Equal("Say more on RF9.", risk.Versions[0].Review?.Comments);
        Assert.Contains(Canary, risk.Versions[1].Content.GetRawText(), StringComparison.Ordinal);
        RecordVersion waiting = Assert.Single(record.Cycles[1].Steps.Single(s => s.Step == StrategyStep.RiskAssessment).Versions);
        Assert.Equal((StepStatus.Submitted, null), (waiting.Status, waiting.Review));
        Assert.NotNull(record.Cycles[1].Steps.Single(s => s.Step == StrategyStep.ActionPrioritisation).Draft);

        RecordPeerReview peerReview = Assert.Single(record.PeerReviews);
        Assert.Equal([1, 2], peerReview.Recommendations.Select(r => r.Number));
        Assert.Equal("We accept and will publish quarterly.", peerReview.Response?.Text);
        Assert.Equal("gp-gha", Assert.Single(record.GoodPractice).EntryId);
    }

    [Fact]
    public async Task A_focal_point_reads_coordinator_where_a_coordinator_acted_and_the_coordinator_reads_the_address()
    {
        CountryRecord own = (await Use().ExecuteAsync(Ghana, "GHA", CancellationToken.None)).Value;
        CountryRecord coordinators = (await Use().ExecuteAsync(Coordinator, "GHA", CancellationToken.None)).Value;

        Assert.Equal("coordinator", own.Cycles[0].Steps[0].Versions[0].Review?.Actor);
        Assert.Equal("coordinator", Assert.Single(own.Cycles[0].Timeline).Actor);
        Assert.Equal("fp@gha.example", own.PeerReviews[0].Response?.Actor);
        Assert.Empty(own.PeerReviews[0].Session.Reviewers);
        Assert.Equal("co@network.example", coordinators.Cycles[0].Steps[0].Versions[0].Review?.Actor);
        Assert.Equal(["reviewer@peer.example"], coordinators.PeerReviews[0].Session.Reviewers);
    }

    [Fact]
    public async Task Nothing_of_another_country_is_in_the_record_and_each_cycle_is_one_read()
    {
        CountryRecord record = (await Use().ExecuteAsync(Ghana, "GHA", CancellationToken.None)).Value;

        Assert.DoesNotContain(record.PeerReviews, p => p.Session.SessionId == "pr-2");
        Assert.DoesNotContain(record.GoodPractice, e => e.Country != "GHA");
        Assert.DoesNotContain(record.Cycles, c => c.CycleId == "other");
        reads.Verify(r => r.ReadCountryAsync("c1", "GHA", It.IsAny<CancellationToken>()), Times.Once);
        reads.Verify(r => r.ReadCountryAsync("c2", "GHA", It.IsAny<CancellationToken>()), Times.Once);
        reads.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Another_countrys_focal_point_a_peer_reviewer_and_nobody_are_refused_before_anything_is_read()
    {
        Assert.IsType<Forbidden>((await Use().ExecuteAsync(Denmark, "GHA", CancellationToken.None)).Failure);
        Assert.IsType<Forbidden>((await Use().ExecuteAsync(Reviewer, "GHA", CancellationToken.None)).Failure);
        Assert.IsType<Unauthorized>((await Use().ExecuteAsync(null, "GHA", CancellationToken.None)).Failure);
        reads.VerifyNoOtherCalls();
        cycles.VerifyNoOtherCalls();
        reviews.VerifyNoOtherCalls();
        library.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("gha")]
    [InlineData("XXX")]
    [InlineData("GH")]
    public async Task A_code_that_is_not_a_UN_Member_State_is_invalid(string iso3)
    {
        Invalid invalid = Assert.IsType<Invalid>((await Use().ExecuteAsync(Coordinator, iso3, CancellationToken.None)).Failure);

        Assert.Equal("iso3", Assert.Single(invalid.Errors.Entries).Path);
    }

    private ReadCountryRecord Use() =>
        new(new AccessControl(directory.Object), directory.Object, cycles.Object, reads.Object, reviews.Object, library.Object, new FixedTime(Now));

    private static StoredSubmission Submission(int version, RiskAssessmentContent content, DateTime at) =>
        new(StrategyStep.RiskAssessment, version, StepContentJson.Serialize(content), "fp@gha.example", at);

    private static CycleRecord Cycle(string id, string[] countries, DateTime created) =>
        new(new CycleDefinition(id, $"Cycle {id}", countries, Schedule), "hash", created);

    private static GoodPracticeEntry Entry(string id, string country) =>
        new(id, "c1", country, country, RegionalGroup.AfricanStates, StrategyStep.ActionPrioritisation, 1,
            new GoodPracticeItem(GoodPracticeItemKind.Action, "k", "Community radio", null, [], ["R6"], ["RF9"]),
            "It reached villages.", null, Language.En, $"fp@{country.ToLowerInvariant()}.example", Now.AddDays(-10));
}
