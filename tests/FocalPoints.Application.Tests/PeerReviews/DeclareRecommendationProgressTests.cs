using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.PeerReviews;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.PeerReviews;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace FocalPoints.Application.Tests.PeerReviews;

/// <summary>A reviewed country's focal point declares a recommendation's progress; no one else does, and bad input changes nothing.</summary>
public sealed class DeclareRecommendationProgressTests
{
    private const string SessionId = "pr-1";
    private static readonly DateTimeOffset Now = new(2027, 9, 16, 9, 0, 0, TimeSpan.Zero);
    private static readonly Recommendation ToGhana = new(SessionId, "c2027", "GHA", 1, "Publish the indicators.", RecommendationStatus.Accepted, new DateOnly(2028, 3, 1));

    private static readonly Caller Ghana = new("Ghana", "fp@gha.example", new HashSet<string> { Roles.FocalPoint });
    private static readonly Caller Denmark = new("Denmark", "fp@dnk.example", new HashSet<string> { Roles.FocalPoint });
    private static readonly Caller Coordinator = new("Coordinator", "co@network.example", new HashSet<string> { Roles.Coordinator });

    private readonly Mock<IPeerReviewStore> reviews = new();
    private readonly DeclareRecommendationProgress declare;

    public DeclareRecommendationProgressTests()
    {
        var directory = new Mock<IDirectoryStore>();
        directory.Setup(d => d.GetMemberAsync("GHA", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Member("GHA", "Ghana", RegionalGroup.AfricanStates, [new Contact("Ghana", "fp@gha.example", Language.En, "UTC")]));
        directory.Setup(d => d.GetMemberAsync("DNK", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Member("DNK", "Denmark", RegionalGroup.WesternEuropeanAndOtherStates, [new Contact("Denmark", "fp@dnk.example", Language.En, "UTC")]));
        reviews.Setup(r => r.ListSessionFollowUpsAsync(SessionId, It.IsAny<CancellationToken>())).ReturnsAsync(new FollowUps([ToGhana], []));
        declare = new DeclareRecommendationProgress(new AccessControl(directory.Object), reviews.Object, new FakeTimeProvider(Now));
    }

    [Fact]
    public async Task The_countrys_focal_point_declares_and_the_declaration_is_stored()
    {
        Outcome<Recommendation> outcome = await DeclareAsync(Ghana, "GHA", 1, new ProgressInput(RecommendationProgress.Done, "Published in May."));

        var expected = ToGhana with { Progress = new ProgressDeclaration(RecommendationProgress.Done, Now.UtcDateTime, "Published in May.") };
        Assert.Equal(expected, outcome.Value);
        reviews.Verify(r => r.PutProgressAsync(expected, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Another_countrys_focal_point_and_a_coordinator_are_refused_before_anything_is_read()
    {
        Outcome<Recommendation> denmark = await DeclareAsync(Denmark, "GHA", 1, new ProgressInput(RecommendationProgress.Done, null));
        Outcome<Recommendation> coordinator = await DeclareAsync(Coordinator, "GHA", 1, new ProgressInput(RecommendationProgress.Done, null));
        Outcome<Recommendation> nobody = await DeclareAsync(null, "GHA", 1, new ProgressInput(RecommendationProgress.Done, null));

        Assert.IsType<Forbidden>(denmark.Failure);
        Assert.IsType<Forbidden>(coordinator.Failure);
        Assert.IsType<Unauthorized>(nobody.Failure);
        reviews.Verify(r => r.ListSessionFollowUpsAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        reviews.Verify(r => r.PutProgressAsync(It.IsAny<Recommendation>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task A_recommendation_the_session_did_not_make_to_the_country_is_not_found()
    {
        Outcome<Recommendation> outcome = await DeclareAsync(Denmark, "DNK", 1, new ProgressInput(RecommendationProgress.Done, null));

        Assert.IsType<NotFound>(outcome.Failure);
        reviews.Verify(r => r.PutProgressAsync(It.IsAny<Recommendation>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task No_progress_is_invalid_by_field_and_changes_nothing()
    {
        Outcome<Recommendation> outcome = await DeclareAsync(Ghana, "GHA", 1, new ProgressInput(null, null));

        Assert.Equal(["$.progress"], Assert.IsType<Invalid>(outcome.Failure).Errors.ToDictionary().Keys);
        reviews.Verify(r => r.PutProgressAsync(It.IsAny<Recommendation>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private Task<Outcome<Recommendation>> DeclareAsync(Caller? caller, string iso3, int number, ProgressInput input) =>
        declare.ExecuteAsync(caller, SessionId, iso3, number, _ => Task.FromResult<Outcome<ProgressInput>>(input), CancellationToken.None);
}
