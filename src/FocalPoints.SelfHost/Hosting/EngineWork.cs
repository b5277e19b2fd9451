using System.Collections.Concurrent;
using DurableTask.Core;
using DurableTask.Core.History;
using DurableTask.Core.Query;

namespace FocalPoints.SelfHost.Hosting;

/// <summary>
/// The orchestration service as the engine's server and dispatchers see it, keeping the ledger of
/// the work that was put into it and not yet done: orchestration messages sent (a start, an event, an
/// activity's result, a termination) and not yet taken by an episode, timers due and not yet fired,
/// episodes running, activities queued or running. <see cref="IsIdleAsync"/> answers from that ledger
/// whether the engine has finished everything it was given, so a test waits on the engine itself
/// rather than on a quiet spell. It counts what passes through this process; everything else is the
/// inner service's.
/// </summary>
public sealed class EngineWork(IOrchestrationService inner) :
    OrchestrationServiceDecorator(inner), IOrchestrationServiceClient, IOrchestrationServiceQueryClient, IOrchestrationServicePurgeClient
{
    private readonly IOrchestrationServiceClient client = (IOrchestrationServiceClient)inner;

    /// <summary>Messages sent to each instance and not yet taken by one of its episodes.</summary>
    private readonly ConcurrentDictionary<string, int> waiting = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Instances whose start was sent and not yet taken: a finished instance being started again.</summary>
    private readonly ConcurrentDictionary<string, byte> starting = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Timers created and not yet fired into an episode, with when they fire.</summary>
    private readonly ConcurrentDictionary<(string Instance, int TimerId), DateTime> timers = new();

    private int episodes;
    private int queuedActivities;
    private int runningActivities;

    /// <summary>
    /// Whether the engine has done all it was given: no episode or activity running or queued, no
    /// message waiting for an instance, no timer due. A timer set for later is not work yet. Messages
    /// to an instance that has finished are dropped by the engine, so they are forgotten here too.
    /// </summary>
    public async Task<bool> IsIdleAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref episodes) > 0 || Volatile.Read(ref queuedActivities) > 0 || Volatile.Read(ref runningActivities) > 0)
        {
            return false;
        }

        DateTime now = DateTime.UtcNow;
        foreach (string instance in waiting.Where(w => w.Value > 0).Select(w => w.Key).Concat(timers.Where(t => t.Value <= now).Select(t => t.Key.Instance)).Distinct().ToArray())
        {
            cancellationToken.ThrowIfCancellationRequested();
            int sent = waiting.GetValueOrDefault(instance);
            if (starting.ContainsKey(instance) || !IsFinished(await client.GetOrchestrationStateAsync(instance, executionId: null)))
            {
                return false;
            }

            // Finished: what it was sent is dropped. Forgotten only if nothing was sent to it meanwhile.
            if (sent > 0 && !waiting.TryUpdate(instance, 0, sent))
            {
                return false;
            }

            foreach ((string, int) timer in timers.Keys.Where(k => string.Equals(k.Instance, instance, StringComparison.OrdinalIgnoreCase)))
            {
                timers.TryRemove(timer, out _);
            }
        }

        return true;
    }

    public override async Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(TimeSpan receiveTimeout, CancellationToken cancellationToken)
    {
        TaskOrchestrationWorkItem workItem = await Inner.LockNextTaskOrchestrationWorkItemAsync(receiveTimeout, cancellationToken);
        if (workItem is not null)
        {
            Interlocked.Increment(ref episodes);
            Taken(workItem.NewMessages);
        }

        return workItem!;
    }

    public override Task CompleteTaskOrchestrationWorkItemAsync(
        TaskOrchestrationWorkItem workItem,
        OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages,
        IList<TaskMessage> orchestratorMessages,
        IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage,
        OrchestrationState orchestrationState)
    {
        // Counted before the engine has them: a dispatcher may take them at once.
        Interlocked.Add(ref queuedActivities, outboundMessages.Count);
        Sent(orchestratorMessages);
        Sent(timerMessages);
        if (continuedAsNewMessage is not null)
        {
            Sent([continuedAsNewMessage]);
        }

        return Inner.CompleteTaskOrchestrationWorkItemAsync(
            workItem, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages, timerMessages, continuedAsNewMessage, orchestrationState);
    }

    public override Task AbandonTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem)
    {
        // The engine takes the messages back, to be taken again.
        Sent(workItem.NewMessages);
        return Inner.AbandonTaskOrchestrationWorkItemAsync(workItem);
    }

    public override async Task ReleaseTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem)
    {
        try
        {
            await Inner.ReleaseTaskOrchestrationWorkItemAsync(workItem);
        }
        finally
        {
            Interlocked.Decrement(ref episodes);
        }
    }

    public override async Task<TaskActivityWorkItem> LockNextTaskActivityWorkItem(TimeSpan receiveTimeout, CancellationToken cancellationToken)
    {
        TaskActivityWorkItem workItem = await Inner.LockNextTaskActivityWorkItem(receiveTimeout, cancellationToken);
        if (workItem is not null)
        {
            Interlocked.Increment(ref runningActivities);
            DecrementToZero(ref queuedActivities);
        }

        return workItem!;
    }

    public override async Task CompleteTaskActivityWorkItemAsync(TaskActivityWorkItem workItem, TaskMessage responseMessage)
    {
        Sent([responseMessage]);
        try
        {
            await Inner.CompleteTaskActivityWorkItemAsync(workItem, responseMessage);
        }
        finally
        {
            Interlocked.Decrement(ref runningActivities);
        }
    }

    public override async Task AbandonTaskActivityWorkItemAsync(TaskActivityWorkItem workItem)
    {
        Interlocked.Increment(ref queuedActivities);
        try
        {
            await Inner.AbandonTaskActivityWorkItemAsync(workItem);
        }
        finally
        {
            Interlocked.Decrement(ref runningActivities);
        }
    }

    public Task CreateTaskOrchestrationAsync(TaskMessage creationMessage) => SendingAsync([creationMessage], () => client.CreateTaskOrchestrationAsync(creationMessage));

    public Task CreateTaskOrchestrationAsync(TaskMessage creationMessage, OrchestrationStatus[] dedupeStatuses) =>
        SendingAsync([creationMessage], () => client.CreateTaskOrchestrationAsync(creationMessage, dedupeStatuses));

    public Task SendTaskOrchestrationMessageAsync(TaskMessage message) => SendingAsync([message], () => client.SendTaskOrchestrationMessageAsync(message));

    public Task SendTaskOrchestrationMessageBatchAsync(params TaskMessage[] messages) => SendingAsync(messages, () => client.SendTaskOrchestrationMessageBatchAsync(messages));

    public Task ForceTerminateTaskOrchestrationAsync(string instanceId, string reason) =>
        SendingAsync(
            [new TaskMessage { OrchestrationInstance = new OrchestrationInstance { InstanceId = instanceId }, Event = new ExecutionTerminatedEvent(-1, reason) }],
            () => client.ForceTerminateTaskOrchestrationAsync(instanceId, reason));

    public Task<OrchestrationState> WaitForOrchestrationAsync(string instanceId, string executionId, TimeSpan timeout, CancellationToken cancellationToken) =>
        client.WaitForOrchestrationAsync(instanceId, executionId, timeout, cancellationToken);

    public Task<IList<OrchestrationState>> GetOrchestrationStateAsync(string instanceId, bool allExecutions) => client.GetOrchestrationStateAsync(instanceId, allExecutions);

    public Task<OrchestrationState> GetOrchestrationStateAsync(string instanceId, string executionId) => client.GetOrchestrationStateAsync(instanceId, executionId);

    public Task<string> GetOrchestrationHistoryAsync(string instanceId, string executionId) => client.GetOrchestrationHistoryAsync(instanceId, executionId);

    public Task PurgeOrchestrationHistoryAsync(DateTime thresholdDateTimeUtc, OrchestrationStateTimeRangeFilterType timeRangeFilterType) =>
        client.PurgeOrchestrationHistoryAsync(thresholdDateTimeUtc, timeRangeFilterType);

    public Task<OrchestrationQueryResult> GetOrchestrationWithQueryAsync(OrchestrationQuery query, CancellationToken cancellationToken) =>
        (Inner as IOrchestrationServiceQueryClient ?? throw new NotSupportedException($"{Inner.GetType().Name} doesn't support query operations."))
            .GetOrchestrationWithQueryAsync(query, cancellationToken);

    public Task<PurgeResult> PurgeInstanceStateAsync(string instanceId) => Purger.PurgeInstanceStateAsync(instanceId);

    public Task<PurgeResult> PurgeInstanceStateAsync(PurgeInstanceFilter purgeInstanceFilter) => Purger.PurgeInstanceStateAsync(purgeInstanceFilter);

    private IOrchestrationServicePurgeClient Purger =>
        Inner as IOrchestrationServicePurgeClient ?? throw new NotSupportedException($"{Inner.GetType().Name} doesn't support purge operations.");

    /// <summary>One fewer, never below zero: an activity queued before this process counted (another node, a restart) is not in the ledger.</summary>
    private static void DecrementToZero(ref int count)
    {
        int seen;
        do
        {
            seen = Volatile.Read(ref count);
        }
        while (seen > 0 && Interlocked.CompareExchange(ref count, seen - 1, seen) != seen);
    }

    private static bool IsFinished(OrchestrationState? state) =>
        state?.OrchestrationStatus is OrchestrationStatus.Completed or OrchestrationStatus.Failed or OrchestrationStatus.Terminated or OrchestrationStatus.Canceled;

    /// <summary>Counts <paramref name="messages"/> before the engine has them, and forgets them again if it refused them.</summary>
    private async Task SendingAsync(IReadOnlyList<TaskMessage> messages, Func<Task> send)
    {
        Sent(messages);
        try
        {
            await send();
        }
        catch
        {
            Taken(messages);
            throw;
        }
    }

    private void Sent(IEnumerable<TaskMessage> messages)
    {
        foreach (TaskMessage message in messages)
        {
            string instance = message.OrchestrationInstance.InstanceId;
            if (message.Event is TimerFiredEvent timer)
            {
                timers[(instance, timer.TimerId)] = timer.FireAt;
                continue;
            }

            if (message.Event is ExecutionStartedEvent)
            {
                starting[instance] = 0;
            }

            waiting.AddOrUpdate(instance, 1, (_, count) => count + 1);
        }
    }

    private void Taken(IEnumerable<TaskMessage> messages)
    {
        foreach (TaskMessage message in messages)
        {
            string instance = message.OrchestrationInstance.InstanceId;
            if (message.Event is TimerFiredEvent timer)
            {
                timers.TryRemove((instance, timer.TimerId), out _);
                continue;
            }

            if (message.Event is ExecutionStartedEvent)
            {
                starting.TryRemove(instance, out _);
            }

            // Messages sent before this process counted (another node, a restart) are not in the ledger.
            waiting.AddOrUpdate(instance, 0, (_, count) => Math.Max(0, count - 1));
        }
    }
}
