using FocalPoints.Domain.PeerReviews;
using FocalPoints.Infrastructure.Storage;

namespace FocalPoints.Infrastructure.Tests.Storage;

public sealed class PeerReviewStoreTests(StoreFixture store) : IClassFixture<StoreFixture>
{
    private static readonly DateTime Now = new(2027, 5, 1, 9, 0, 0, DateTimeKind.Utc);

    private static PeerReviewSession Session(string id, DateTime created) =>
        new(id, "Regional review", new DateOnly(2027, 6, 1), "c2027", ["GHA", "KEN"], null, ["reviewer@network.example"], created);

    [Fact]
    public async Task Sessions_await_their_invitations_until_the_start_is_recorded_and_only_once_they_are_old_enough()
    {
        var reviews = new TablePeerReviewStore(store.Tables);
        Assert.True(await reviews.TryAddSessionAsync(Session("pr-old", Now.AddMinutes(-5)), CancellationToken.None));
        Assert.True(await reviews.TryAddSessionAsync(Session("pr-new", Now), CancellationToken.None));
        Assert.True(await reviews.TryAddSessionAsync(Session("pr-started", Now.AddMinutes(-5)), CancellationToken.None));
        await reviews.MarkInvitationsStartedAsync("pr-started", CancellationToken.None);

        IReadOnlyList<PeerReviewSession> awaiting = await reviews.ListSessionsAwaitingInvitationsAsync(Now.AddMinutes(-1), CancellationToken.None);
        Assert.Equal(["pr-old"], awaiting.Select(s => s.SessionId));

        await reviews.MarkInvitationsStartedAsync("pr-old", CancellationToken.None);
        Assert.Empty(await reviews.ListSessionsAwaitingInvitationsAsync(Now.AddMinutes(-1), CancellationToken.None));
        Assert.Equal(["pr-new"], (await reviews.ListSessionsAwaitingInvitationsAsync(Now.AddMinutes(1), CancellationToken.None)).Select(s => s.SessionId));

        // Marking keeps the session as it was.
        Assert.Equal(Session("pr-old", Now.AddMinutes(-5)).Title, (await reviews.GetSessionAsync("pr-old", CancellationToken.None))!.Title);
    }

    [Fact]
    public async Task A_declared_progress_replaces_the_last_in_the_session_and_the_countrys_follow_ups_and_older_rows_read_as_not_declared()
    {
        var reviews = new TablePeerReviewStore(store.Tables);
        PeerReviewSession session = Session("pr-progress", Now.AddDays(-1));
        Assert.True(await reviews.TryAddSessionAsync(session, CancellationToken.None));
        await reviews.MarkInvitationsStartedAsync(session.SessionId, CancellationToken.None); // kept out of the other test's awaiting list
        Recommendation first = await reviews.AddRecommendationAsync(session, "KEN", "Train judges.", RecommendationStatus.Accepted, new DateOnly(2028, 1, 1), CancellationToken.None);
        Recommendation second = await reviews.AddRecommendationAsync(session, "KEN", "Fund the NHRI.", RecommendationStatus.Noted, new DateOnly(2028, 1, 1), CancellationToken.None);

        await reviews.PutProgressAsync(first with { Progress = new ProgressDeclaration(RecommendationProgress.InProgress, Now, "Booked.") }, CancellationToken.None);
        Recommendation done = first with { Progress = new ProgressDeclaration(RecommendationProgress.Done, Now.AddDays(1), null) };
        await reviews.PutProgressAsync(done, CancellationToken.None);

        Assert.Equal([done, second], (await reviews.ListSessionFollowUpsAsync("pr-progress", CancellationToken.None)).Recommendations);
        Assert.Equal([done, second], (await reviews.ListCountryFollowUpsAsync("KEN", CancellationToken.None)).Recommendations.Where(r => r.SessionId == "pr-progress"));
    }
}
