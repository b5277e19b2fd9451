using System.Text.Json;
using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.PeerReviews;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Strategies;
using FocalPoints.Domain;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Strategies;
using Moq;

namespace FocalPoints.Application.Tests.PeerReviews;

/// <summary>
/// Whom a peer-review session names to whom: a focal point sees its own country's directory and no
/// one else's, a reviewer sees countries and themselves; coordinators see everyone. Checked on what
/// each use case hands to the host, serialized as the host would.
/// </summary>
public sealed class PeerReviewPeopleTests
{
    private const string SessionId = "pr-1";
    private const string GhanaFocalPoint = "fp@gha.example";
    private const string FormerGhanaFocalPoint = "former@gha.example";
    private const string DenmarkFocalPoint = "fp@dnk.example";
    private const string Reviewer = "reviewer@peer.example";
    private const string SecondReviewer = "second@peer.example";

    private static readonly DateTime Now = new(2027, 9, 16, 9, 0, 0, DateTimeKind.Utc);

    private static readonly PeerReviewSession Session = new(
        SessionId, "Troika review", new DateOnly(2027, 9, 15), "c2027", ["GHA", "DNK"], null, [Reviewer, SecondReviewer], Now.AddDays(-30));

    private static readonly Caller Coordinator = new("Coordinator", "co@network.example", new HashSet<string> { Roles.Coordinator });
    private static readonly Caller Ghana = new("Ghana", GhanaFocalPoint, new HashSet<string> { Roles.FocalPoint });
    private static readonly Caller Denmark = new("Denmark", DenmarkFocalPoint, new HashSet<string> { Roles.FocalPoint });
    private static readonly Caller ReviewerCaller = new("Reviewer", Reviewer, new HashSet<string> { Roles.PeerReviewer });

    private readonly Mock<IPeerReviewStore> reviews = new();
    private readonly Mock<IDirectoryStore> directory = new();

    public PeerReviewPeopleTests()
    {
        Member[] members =
        [
            new("DNK", "Denmark", RegionalGroup.WesternEuropeanAndOtherStates, [new Contact("Denmark", DenmarkFocalPoint, Language.En, "UTC")]),
            new("GHA", "Ghana", RegionalGroup.AfricanStates, [new Contact("Ghana", GhanaFocalPoint, Language.En, "UTC")]),
        ];
        directory.Setup(d => d.ListMembersAsync(It.IsAny<CancellationToken>())).ReturnsAsync(members);
        foreach (Member member in members)
        {
            directory.Setup(d => d.GetMemberAsync(member.Iso3, It.IsAny<CancellationToken>())).ReturnsAsync(member);
        }

        reviews.Setup(r => r.GetSessionAsync(SessionId, It.IsAny<CancellationToken>())).ReturnsAsync(Session);
        reviews.Setup(r => r.ListSessionsAsync(It.IsAny<CancellationToken>())).ReturnsAsync([Session]);
        reviews.Setup(r => r.ListSessionFollowUpsAsync(SessionId, It.IsAny<CancellationToken>())).ReturnsAsync(new FollowUps(
            [new Recommendation(SessionId, "c2027", "GHA", 1, "Publish the indicators.", RecommendationStatus.Accepted, new DateOnly(2028, 3, 1))],
            [
                new CountryResponse(SessionId, "c2027", "GHA", "Ghana accepts.", GhanaFocalPoint, Now),
                new CountryResponse(SessionId, "c2027", "DNK", "Denmark notes.", DenmarkFocalPoint, Now),
            ]));
    }

    [Fact]
    public async Task The_session_names_a_countrys_responder_only_to_its_own_focal_points_and_coordinators()
    {
        string forCoordinator = await ReadAsync(Coordinator);
        string forGhana = await ReadAsync(Ghana);
        string forDenmark = await ReadAsync(Denmark);
        string forReviewer = await ReadAsync(ReviewerCaller);

        Assert.Contains(GhanaFocalPoint, forCoordinator, StringComparison.Ordinal);
        Assert.Contains(DenmarkFocalPoint, forCoordinator, StringComparison.Ordinal);
        Assert.Contains(GhanaFocalPoint, forGhana, StringComparison.Ordinal);
        Assert.DoesNotContain(DenmarkFocalPoint, forGhana, StringComparison.Ordinal);
        Assert.DoesNotContain(GhanaFocalPoint, forDenmark, StringComparison.Ordinal);
        Assert.DoesNotContain(GhanaFocalPoint, forReviewer, StringComparison.Ordinal);
        Assert.DoesNotContain(DenmarkFocalPoint, forReviewer, StringComparison.Ordinal);
        Assert.All([forGhana, forDenmark, forReviewer], view => Assert.Contains("Ghana accepts.", view, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reviewers_are_named_to_coordinators_and_each_reviewer_sees_only_themselves()
    {
        string forCoordinator = await ReadAsync(Coordinator);
        string forGhana = await ReadAsync(Ghana);
        string forReviewer = await ReadAsync(ReviewerCaller);

        Assert.Contains(Reviewer, forCoordinator, StringComparison.Ordinal);
        Assert.Contains(SecondReviewer, forCoordinator, StringComparison.Ordinal);
        Assert.Contains(Reviewer, forReviewer, StringComparison.Ordinal);
        Assert.DoesNotContain(SecondReviewer, forReviewer, StringComparison.Ordinal);
        Assert.DoesNotContain(Reviewer, forGhana, StringComparison.Ordinal);
        Assert.DoesNotContain(SecondReviewer, forGhana, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_of_sessions_names_no_reviewer_to_the_cohort()
    {
        var list = new ListPeerReviews(new AccessControl(directory.Object), reviews.Object);

        Outcome<PeerReviewSessionView[]> forDenmark = await list.ExecuteAsync(Denmark, CancellationToken.None);

        string json = JsonSerializer.Serialize(forDenmark.Value, DomainJson.Options);
        Assert.Contains(SessionId, json, StringComparison.Ordinal);
        Assert.DoesNotContain(Reviewer, json, StringComparison.Ordinal);
        Assert.DoesNotContain(SecondReviewer, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_countrys_follow_ups_name_a_responder_who_left_its_directory_only_to_coordinators()
    {
        reviews.Setup(r => r.ListCountryFollowUpsAsync("GHA", It.IsAny<CancellationToken>())).ReturnsAsync(new FollowUps(
            [],
            [new CountryResponse(SessionId, "c2026", "GHA", "Ghana accepts.", FormerGhanaFocalPoint, Now)]));
        var strategies = new Mock<IStrategyRepository>();
        strategies.Setup(c => c.LoadAsync("c2027", "GHA", null, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Strategy(StrategyProgress.Start("c2027", "GHA", Now), "W/\"1\""));
        var read = new ReadStrategy(new StrategyAccess(new AccessControl(directory.Object), strategies.Object), reviews.Object, directory.Object);

        string forGhana = JsonSerializer.Serialize((await read.ExecuteAsync(Ghana, "c2027", "GHA", CancellationToken.None)).Value, DomainJson.Options);
        string forCoordinator = JsonSerializer.Serialize((await read.ExecuteAsync(Coordinator, "c2027", "GHA", CancellationToken.None)).Value, DomainJson.Options);

        Assert.Contains("Ghana accepts.", forGhana, StringComparison.Ordinal);
        Assert.DoesNotContain(FormerGhanaFocalPoint, forGhana, StringComparison.Ordinal);
        Assert.Contains(FormerGhanaFocalPoint, forCoordinator, StringComparison.Ordinal);
    }

    private async Task<string> ReadAsync(Caller caller)
    {
        var read = new ReadPeerReview(new PeerReviewAccess(new AccessControl(directory.Object), reviews.Object), reviews.Object);
        Outcome<PeerReviewWithFollowUps> outcome = await read.ExecuteAsync(caller, SessionId, CancellationToken.None);
        Assert.Null(outcome.Failure);
        return JsonSerializer.Serialize(outcome.Value, DomainJson.Options);
    }
}
