using System.Threading.Channels;
using FocalPoints.Application.Ports;
using Microsoft.Extensions.Logging;

namespace FocalPoints.Application.Strategies.HandOver;

/// <summary>
/// The committed workflow events waiting to be raised: a submission or review posts its event here
/// and is answered; the host's delivery loop (<see cref="RunAsync"/>) raises them a moment later,
/// at most <see cref="HandOverOptions.DeliverAtOnce"/> at a time. The event is stored with the
/// change, so one that is never taken from here (a full queue, a stop, a crash) is delivered by the
/// background run (<see cref="WorkflowHandOver.DeliverOverdueAsync"/>).
/// </summary>
/// <remarks>
/// Raising an event costs the engine a read of the instance and a queue message. Doing it after the
/// answer keeps that work off the request path, and bounding it lets a burst of submissions (a
/// deadline) be answered first and heard by the workflows in the order they came.
/// </remarks>
public sealed partial class HandOverDispatcher(WorkflowHandOver handOver, HandOverOptions options, ILogger<HandOverDispatcher> logger)
{
    private readonly Channel<Waiting> waiting = Channel.CreateBounded<Waiting>(Math.Max(1, options.QueueCapacity));

    /// <summary>Queues <paramref name="pending"/> for delivery; <c>false</c> when the queue is full (the background run delivers it).</summary>
    public bool Post(PendingWorkflowEvent pending, IStrategyWorkflows workflows)
    {
        if (waiting.Writer.TryWrite(new Waiting(pending, workflows)))
        {
            return true;
        }

        LogQueueFull(logger, pending.CycleId, pending.Country, pending.Step, pending.Version);
        return false;
    }

    /// <summary>Raises the queued events, at most <see cref="HandOverOptions.DeliverAtOnce"/> at a time, until <paramref name="stoppingToken"/> is cancelled.</summary>
    public Task RunAsync(CancellationToken stoppingToken) =>
        Parallel.ForEachAsync(
            waiting.Reader.ReadAllAsync(stoppingToken),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.DeliverAtOnce), CancellationToken = stoppingToken },
            async (next, token) => await handOver.DeliverAsync(next.Pending, next.Workflows, token));

    private sealed record Waiting(PendingWorkflowEvent Pending, IStrategyWorkflows Workflows);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workflow event for {CycleId}/{Country} {Step} version {Version} not queued (the queue is full); the background run delivers it")]
    private static partial void LogQueueFull(ILogger logger, string cycleId, string country, Domain.Strategies.StrategyStep step, int version);
}
