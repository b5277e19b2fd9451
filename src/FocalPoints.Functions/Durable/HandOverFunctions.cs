using FocalPoints.Application.Strategies.HandOver;
using FocalPoints.Workflow;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace FocalPoints.Functions.Durable;

/// <summary>Every minute, the workflow events a committed submission or review could not deliver itself (the self-host's <c>HandOverSchedule</c>).</summary>
public sealed class HandOverFunctions(WorkflowHandOver handOver)
{
    [Function(nameof(DeliverStoredWorkflowEvents))]
    public Task DeliverStoredWorkflowEvents(
        [TimerTrigger("0 * * * * *")] TimerInfo timer,
        [DurableClient] DurableTaskClient client) =>
        handOver.DeliverOverdueAsync(new StrategyWorkflowClient(client), CancellationToken.None);
}
