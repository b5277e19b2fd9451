using FocalPoints.Application.PeerReviews;
using FocalPoints.Application.Strategies.HandOver;
using FocalPoints.Workflow;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace FocalPoints.Functions.Durable;

/// <summary>
/// Every minute, the workflow events a committed submission or review could not deliver itself and
/// the invitations a stored peer-review session could not start (the self-host's <c>HandOverSchedule</c>).
/// </summary>
public sealed class HandOverFunctions(WorkflowHandOver handOver, InvitationHandOver invitations)
{
    [Function(nameof(DeliverStoredWorkflowEvents))]
    public async Task DeliverStoredWorkflowEvents(
        [TimerTrigger("0 * * * * *")] TimerInfo timer,
        [DurableClient] DurableTaskClient client)
    {
        var workflows = new StrategyWorkflowClient(client);
        await handOver.DeliverOverdueAsync(workflows, CancellationToken.None);
        await invitations.StartOverdueAsync(workflows, CancellationToken.None);
    }
}
