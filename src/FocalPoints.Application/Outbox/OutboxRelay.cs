using System.Threading.Channels;
using FocalPoints.Application.Ports;
using Microsoft.Extensions.Logging;

namespace FocalPoints.Application.Outbox;

/// <summary>
/// The outbox relay's first try: the committed workflow events waiting to be raised. A submission or
/// review posts its event here and is answered; the host's relay loop (<see cref="RunAsync"/>) raises them a moment later,
/// at most <see cref="OutboxOptions.DeliverAtOnce"/> at a time. One that cannot be raised (the
/// engine is slow or out of reach, the workflow not started yet) is tried again after
/// <see cref="OutboxOptions.RetryAfter"/>, twice as long each time, <see cref="OutboxOptions.RetriesAtOnce"/>
/// times. The event is stored with the change, so one that is never delivered from here (a full
/// queue, a stop, a crash, every try failed) is delivered by the background run
/// (<see cref="WorkflowEventOutbox.DeliverOverdueAsync"/>).
/// </summary>
/// <remarks>
/// Raising an event costs the engine a read of the instance and a queue message. Doing it after the
/// answer keeps that work off the request path, and bounding it lets a burst of submissions (a
/// deadline) be answered first and heard by the workflows in the order they came.
/// </remarks>
public sealed partial class OutboxRelay(WorkflowEventOutbox events, OutboxOptions options, TimeProvider time, ILogger<OutboxRelay> logger)
{
    private readonly Channel<Waiting> waiting = Channel.CreateBounded<Waiting>(Math.Max(1, options.QueueCapacity));

    private int inHand;

    /// <summary>
    /// Whether every event posted here is settled: raised, or left to the background run. A posted
    /// event is in hand from its post until then, through its waits between tries.
    /// </summary>
    public bool IsIdle => Volatile.Read(ref inHand) == 0;

    /// <summary>Queues <paramref name="pending"/> for delivery; <c>false</c> when the queue is full (the background run delivers it).</summary>
    public bool Post(PendingWorkflowEvent pending, IStrategyWorkflows workflows)
    {
        Interlocked.Increment(ref inHand);
        if (waiting.Writer.TryWrite(new Waiting(pending, workflows, Tries: 1)))
        {
            return true;
        }

        Interlocked.Decrement(ref inHand);
        LogQueueFull(logger, pending.CycleId, pending.Country, pending.Step, pending.Version);
        return false;
    }

    /// <summary>Raises the queued events, at most <see cref="OutboxOptions.DeliverAtOnce"/> at a time, until <paramref name="stoppingToken"/> is cancelled.</summary>
    public Task RunAsync(CancellationToken stoppingToken) =>
        Parallel.ForEachAsync(
            waiting.Reader.ReadAllAsync(stoppingToken),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.DeliverAtOnce), CancellationToken = stoppingToken },
            async (next, token) =>
            {
                if (!await events.DeliverAsync(next.Pending, next.Workflows, token) && next.Tries <= options.RetriesAtOnce)
                {
                    // Not awaited: the slot goes to the next event while this one waits its turn again.
                    _ = TryAgainLaterAsync(next, stoppingToken);
                }
                else
                {
                    Interlocked.Decrement(ref inHand);
                }
            });

    private async Task TryAgainLaterAsync(Waiting failed, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(options.RetryAfter * (1 << (failed.Tries - 1)), time, stoppingToken);
            if (waiting.Writer.TryWrite(failed with { Tries = failed.Tries + 1 }))
            {
                return;
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: the stored event is the background run's.
        }

        Interlocked.Decrement(ref inHand);
    }

    private sealed record Waiting(PendingWorkflowEvent Pending, IStrategyWorkflows Workflows, int Tries);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workflow event for {CycleId}/{Country} {Step} version {Version} not queued (the queue is full); the background run delivers it")]
    private static partial void LogQueueFull(ILogger logger, string cycleId, string country, Domain.Strategies.StrategyStep step, int version);
}
