using FocalPoints.Application.Outbox;
using FocalPoints.Workflow;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace FocalPoints.Functions.Durable;

/// <summary>
/// Every minute, relays the overdue rows of the outbox: the workflow events a committed submission or
/// review could not deliver itself and the invitations a stored peer-review session could not start
/// (the self-host's <c>OutboxRelaySchedule</c>).
/// </summary>
public sealed class OutboxRelayFunctions(WorkflowEventOutbox events, InvitationOutbox invitations)
{
    [Function(nameof(RelayOverdueOutbox))]
    public async Task RelayOverdueOutbox(
        [TimerTrigger("0 * * * * *")] TimerInfo timer,
        [DurableClient] DurableTaskClient client)
    {
        var workflows = new StrategyWorkflowClient(client);
        await events.DeliverOverdueAsync(workflows, CancellationToken.None);
        await invitations.StartOverdueAsync(workflows, CancellationToken.None);
    }
}
