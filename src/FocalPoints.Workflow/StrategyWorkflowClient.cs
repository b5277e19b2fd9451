using FocalPoints.Domain.Strategies;
using FocalPoints.Workflow.Orchestrations;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace FocalPoints.Workflow;

/// <summary>Starts, signals and cancels strategy workflows through whichever <see cref="DurableTaskClient"/> the host has.</summary>
public sealed class StrategyWorkflowClient(DurableTaskClient client) : IStrategyWorkflows
{
    public async Task<bool> StartAsync(StrategyWorkflowInput input, CancellationToken cancellationToken)
    {
        string instanceId = WorkflowNames.InstanceId(input.CycleId, input.Country);
        OrchestrationMetadata? existing = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken);
        if (existing is not null)
        {
            return false;
        }

        await client.ScheduleNewOrchestrationInstanceAsync(
            nameof(StrategyOrchestrator),
            input,
            new StartOrchestrationOptions(instanceId) { Version = WorkflowNames.CurrentVersion },
            cancellationToken);
        return true;
    }

    public Task SubmittedAsync(string cycleId, string country, StrategyStep step, int version, CancellationToken cancellationToken) =>
        client.RaiseEventAsync(WorkflowNames.InstanceId(cycleId, country), WorkflowNames.SubmittedEvent(step), new StepSubmitted(version), cancellationToken);

    public Task ReviewedAsync(string cycleId, string country, StrategyStep step, int version, ReviewDecision decision, CancellationToken cancellationToken) =>
        client.RaiseEventAsync(WorkflowNames.InstanceId(cycleId, country), WorkflowNames.ReviewedEvent(step), new StepReviewed(version, decision), cancellationToken);

    public async Task InviteToPeerReviewAsync(string sessionId, CancellationToken cancellationToken)
    {
        string instanceId = $"peer-review:{sessionId}";
        if (await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken) is null)
        {
            await client.ScheduleNewOrchestrationInstanceAsync(
                nameof(PeerReviewInvitationsOrchestrator),
                sessionId,
                new StartOrchestrationOptions(instanceId) { Version = WorkflowNames.CurrentVersion },
                cancellationToken);
        }
    }

    public Task CancelAsync(string cycleId, string country, string reason, CancellationToken cancellationToken) =>
        client.TerminateInstanceAsync(WorkflowNames.InstanceId(cycleId, country), new TerminateInstanceOptions { Output = reason }, cancellationToken);
}
