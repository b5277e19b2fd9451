using FocalPoints.Application.Outbox;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Tests.Strategies;
using FocalPoints.Domain.Strategies;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace FocalPoints.Application.Tests.Outbox;

/// <summary>The background run over stored workflow events that could not be delivered after their request.</summary>
public sealed class WorkflowEventOutboxTests
{
    private readonly Mock<IStepDocumentStore> documents = new(MockBehavior.Strict);

    private readonly Mock<IStrategyWorkflows> workflows = new(MockBehavior.Strict);

    [Fact]
    public async Task An_event_whose_workflow_has_not_existed_for_a_day_is_given_up_once()
    {
        PendingWorkflowEvent stale = Submitted(committedAgo: TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        documents.Setup(d => d.ListPendingEventsAsync(It.IsAny<DateTime>(), It.IsAny<CancellationToken>())).ReturnsAsync([stale]);
        workflows.Setup(w => w.SubmittedAsync(stale.CycleId, stale.Country, stale.Step, stale.Version, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new WorkflowNotFoundException("Workflow c2027/GHA does not exist (yet)."));
        documents.Setup(d => d.RemovePendingEventAsync(stale, It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

        Assert.Equal(0, await Outbox().DeliverOverdueAsync(workflows.Object, CancellationToken.None));

        documents.Verify(d => d.RemovePendingEventAsync(stale, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public Task An_event_whose_workflow_does_not_exist_yet_is_kept_for_the_next_run() =>
        AssertKeptAsync(committedAgo: TimeSpan.FromHours(23), new WorkflowNotFoundException("Workflow c2027/GHA does not exist (yet)."));

    [Fact]
    public Task An_event_is_never_given_up_because_the_engine_is_out_of_reach() =>
        AssertKeptAsync(committedAgo: TimeSpan.FromDays(3), new HttpRequestException("Connection refused."));

    /// <summary>The raise fails with <paramref name="failure"/>: nothing is delivered and the stored event is left alone.</summary>
    private async Task AssertKeptAsync(TimeSpan committedAgo, Exception failure)
    {
        PendingWorkflowEvent pending = Submitted(committedAgo);
        documents.Setup(d => d.ListPendingEventsAsync(It.IsAny<DateTime>(), It.IsAny<CancellationToken>())).ReturnsAsync([pending]);
        workflows.Setup(w => w.SubmittedAsync(pending.CycleId, pending.Country, pending.Step, pending.Version, It.IsAny<CancellationToken>()))
            .ThrowsAsync(failure);

        Assert.Equal(0, await Outbox().DeliverOverdueAsync(workflows.Object, CancellationToken.None));

        // Not removed: the strict store has no RemovePendingEventAsync set up, and nothing else was called.
        documents.Verify(d => d.ListPendingEventsAsync(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()), Times.Once);
        documents.VerifyNoOtherCalls();
    }

    private static PendingWorkflowEvent Submitted(TimeSpan committedAgo) =>
        new(StrategyWorld.CycleId, StrategyWorld.Country, StrategyStep.RiskAssessment, 1, null, StrategyWorld.Now - committedAgo);

    private WorkflowEventOutbox Outbox() => new(documents.Object, new OutboxOptions(), new FixedTime(StrategyWorld.Now), NullLogger<WorkflowEventOutbox>.Instance);
}
