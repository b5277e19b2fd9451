using FocalPoints.Application.Ports;
using Microsoft.Extensions.Logging;

namespace FocalPoints.Application.Outbox;

/// <summary>
/// The outbox of workflow events: delivers the events that a submission or review committed in the
/// same transaction as its change (<see cref="PendingWorkflowEvent"/>, the outbox rows): just after the request is answered (<see cref="OutboxRelay"/>),
/// and again by a background run for any that could not be delivered then. Raising an event twice is harmless: the workflow ignores a
/// version it has seen.
/// </summary>
public sealed partial class WorkflowEventOutbox(IStepDocumentStore documents, OutboxOptions options, TimeProvider time, ILogger<WorkflowEventOutbox> logger)
{
    /// <summary>
    /// Raises the event and forgets it; <c>false</c> when raising failed or took longer than
    /// <see cref="OutboxOptions.DeliverWithin"/> (the event stays stored for the background run), and when
    /// its workflow has not existed for <see cref="OutboxOptions.GiveUpAfter"/> (the event is given up).
    /// </summary>
    public async Task<bool> DeliverAsync(PendingWorkflowEvent pending, IStrategyWorkflows workflows, CancellationToken cancellationToken)
    {
        try
        {
            using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            bounded.CancelAfter(options.DeliverWithin);
            bool heard = pending.Decision is { } decision
                ? await workflows.ReviewedAsync(pending.CycleId, pending.Country, pending.Step, pending.Version, decision, pending.CommittedUtc, bounded.Token)
                : await workflows.SubmittedAsync(pending.CycleId, pending.Country, pending.Step, pending.Version, bounded.Token);
            if (!heard)
            {
                // The workflow has ended (completed, cancelled, failed): nobody waits for the event.
                LogWorkflowEnded(logger, pending.CycleId, pending.Country, pending.Step, pending.Version);
            }
        }
        catch (WorkflowNotFoundException) when (time.GetUtcNow().UtcDateTime - pending.CommittedUtc > options.GiveUpAfter)
        {
            // Nobody will ever hear it: the workflow was never started (or was purged) in all this time.
            LogGivenUp(logger, pending.CycleId, pending.Country, pending.Step, pending.Version, options.GiveUpAfter);
            await ForgetAsync(pending, cancellationToken);
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogNotDelivered(logger, pending.CycleId, pending.Country, pending.Step, pending.Version, e.GetType().Name);
            return false;
        }

        await ForgetAsync(pending, cancellationToken);
        return true;
    }

    private async Task ForgetAsync(PendingWorkflowEvent pending, CancellationToken cancellationToken)
    {
        try
        {
            await documents.RemovePendingEventAsync(pending, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The row is delivered (or given up) once more later, which the workflow ignores.
            LogNotForgotten(logger, pending.CycleId, pending.Country, e.GetType().Name);
        }
    }

    /// <summary>Delivers every stored event older than <see cref="OutboxOptions.RelayAfter"/>; returns how many were delivered.</summary>
    public async Task<int> DeliverOverdueAsync(IStrategyWorkflows workflows, CancellationToken cancellationToken)
    {
        DateTime before = time.GetUtcNow().UtcDateTime - options.RelayAfter;
        int delivered = 0;
        foreach (PendingWorkflowEvent pending in await documents.ListPendingEventsAsync(before, cancellationToken))
        {
            if (await DeliverAsync(pending, workflows, cancellationToken))
            {
                delivered++;
                LogDeliveredLate(logger, pending.CycleId, pending.Country, pending.Step, pending.Version);
            }
        }

        return delivered;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workflow event for {CycleId}/{Country} {Step} version {Version} not delivered ({ErrorType}); it stays stored and is delivered again later")]
    private static partial void LogNotDelivered(ILogger logger, string cycleId, string country, Domain.Strategies.StrategyStep step, int version, string errorType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Workflow event for {CycleId}/{Country} {Step} version {Version} given up: its workflow has not existed for {GiveUpAfter}")]
    private static partial void LogGivenUp(ILogger logger, string cycleId, string country, Domain.Strategies.StrategyStep step, int version, TimeSpan giveUpAfter);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workflow event for {CycleId}/{Country} {Step} version {Version} dropped: the workflow has ended")]
    private static partial void LogWorkflowEnded(ILogger logger, string cycleId, string country, Domain.Strategies.StrategyStep step, int version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Workflow event for {CycleId}/{Country} {Step} version {Version} delivered after its request")]
    private static partial void LogDeliveredLate(ILogger logger, string cycleId, string country, Domain.Strategies.StrategyStep step, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivered workflow event for {CycleId}/{Country} could not be removed ({ErrorType}); it is delivered again later")]
    private static partial void LogNotForgotten(ILogger logger, string cycleId, string country, string errorType);
}
