using FocalPoints.Application.Outbox;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.PeerReviews;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Tests.Strategies;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Strategies;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace FocalPoints.Application.Tests.Outbox;

public sealed class InvitationOutboxTests
{
    private static readonly DateTime Now = StrategyWorld.Now;

    private readonly Mock<IPeerReviewStore> reviews = new(MockBehavior.Strict);
    private readonly Mock<IStrategyReads> strategies = new(MockBehavior.Strict);
    private readonly Mock<IStrategyWorkflows> workflows = new(MockBehavior.Strict);

    private InvitationOutbox Outbox(DateTime now) => new(reviews.Object, new OutboxOptions(), new FixedTime(now), NullLogger<InvitationOutbox>.Instance);

    [Fact]
    public async Task A_session_whose_invitations_cannot_be_started_is_stored_and_answered_and_the_background_run_starts_them_once()
    {
        strategies.Setup(c => c.GetNetworkViewAsync("c2027", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new NetworkView(
                new CycleRecord(new CycleDefinition("c2027", "Cycle", ["GHA", "KEN"], new CycleSchedule(TimeSpan.FromDays(60), TimeSpan.FromDays(14), [], TimeSpan.FromDays(7), TimeSpan.FromDays(14))), "hash", Now),
                [StrategyProgress.Start("c2027", "GHA", Now, "Ghana", RegionalGroup.AfricanStates), StrategyProgress.Start("c2027", "KEN", Now, "Kenya", RegionalGroup.AfricanStates)]));
        PeerReviewSession? stored = null;
        reviews.Setup(r => r.TryAddSessionAsync(It.IsAny<PeerReviewSession>(), It.IsAny<CancellationToken>()))
            .Callback((PeerReviewSession s, CancellationToken _) => stored = s)
            .ReturnsAsync(true);
        workflows.Setup(w => w.InviteToPeerReviewAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("The engine is out of reach."));
        var schedule = new SchedulePeerReview(strategies.Object, reviews.Object, Outbox(Now), new FixedTime(Now));

        Outcome<PeerReviewSession> outcome = await schedule.ExecuteAsync(
            new SchedulePeerReviewCommand(StrategyWorld.Coordinator, null, _ => Task.FromResult<Outcome<PeerReviewInput>>(
                new PeerReviewInput("Regional review", new DateOnly(2027, 6, 1), "c2027", ["GHA", "KEN"], null, ["reviewer@network.example"]))),
            workflows.Object,
            CancellationToken.None);

        Assert.Null(outcome.Failure);
        Assert.Equal(stored!.SessionId, outcome.Value.SessionId);
        reviews.Verify(r => r.MarkInvitationsStartedAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);

        // A minute later the engine is back: the background run starts the invitations and records it.
        DateTime later = Now.AddMinutes(1);
        reviews.Setup(r => r.ListSessionsAwaitingInvitationsAsync(later - new OutboxOptions().RelayAfter, It.IsAny<CancellationToken>()))
            .ReturnsAsync([stored]);
        workflows.Setup(w => w.InviteToPeerReviewAsync(stored.SessionId, It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        reviews.Setup(r => r.MarkInvitationsStartedAsync(stored.SessionId, It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

        Assert.Equal(1, await Outbox(later).StartOverdueAsync(workflows.Object, CancellationToken.None));
        reviews.Verify(r => r.MarkInvitationsStartedAsync(stored.SessionId, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_start_that_does_not_answer_within_its_bound_is_left_to_the_background_run()
    {
        workflows.Setup(w => w.InviteToPeerReviewAsync("pr-1", It.IsAny<CancellationToken>()))
            .Returns((string _, CancellationToken ct) => Task.Delay(Timeout.Infinite, ct));
        var outbox = new InvitationOutbox(reviews.Object, new OutboxOptions { DeliverWithin = TimeSpan.FromMilliseconds(50) }, new FixedTime(Now), NullLogger<InvitationOutbox>.Instance);

        Assert.False(await outbox.StartAsync("pr-1", workflows.Object, CancellationToken.None));
        reviews.Verify(r => r.MarkInvitationsStartedAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
