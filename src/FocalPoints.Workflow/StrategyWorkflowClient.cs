using FocalPoints.Application.Ports;
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

    public Task<bool> SubmittedAsync(string cycleId, string country, StrategyStep step, int version, CancellationToken cancellationToken) =>
        RaiseIfRunningAsync(WorkflowNames.InstanceId(cycleId, country), WorkflowNames.SubmittedEvent(step), new StepSubmitted(version), cancellationToken);

    public Task<bool> ReviewedAsync(string cycleId, string country, StrategyStep step, int version, ReviewDecision decision, DateTime reviewedUtc, CancellationToken cancellationToken) =>
        RaiseIfRunningAsync(WorkflowNames.InstanceId(cycleId, country), WorkflowNames.ReviewedEvent(step), new StepReviewed(version, decision, reviewedUtc), cancellationToken);

    public async Task InviteToPeerReviewAsync(string sessionId, CancellationToken cancellationToken)
    {
        string instanceId = WorkflowNames.PeerReviewInstanceId(sessionId);
        OrchestrationMetadata? existing = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken);
        if (existing is not null && existing.RuntimeStatus != OrchestrationRuntimeStatus.Failed)
        {
            return;
        }

        try
        {
            // A failed run is started again (each invitation is sent at most once whatever the runs).
            await client.ScheduleNewOrchestrationInstanceAsync(
                nameof(PeerReviewInvitationsOrchestrator),
                sessionId,
                new StartOrchestrationOptions(instanceId) { Version = WorkflowNames.CurrentVersion },
                cancellationToken);
        }
        catch (Exception) when (existing is null)
        {
            // Another request may have started it first; anything else is still a failure.
            if (await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken) is null)
            {
                throw;
            }
        }
    }

    /// <summary>
    /// Raises the event when the workflow can still hear it; <c>false</c> when it has ended (completed,
    /// cancelled or failed: nobody waits for the event). Throws <see cref="WorkflowNotFoundException"/> when
    /// the instance does not exist yet, so the event's outbox row stays until it does (or is given up).
    /// </summary>
    private async Task<bool> RaiseIfRunningAsync(string instanceId, string eventName, object payload, CancellationToken cancellationToken)
    {
        OrchestrationMetadata instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken)
            ?? throw new WorkflowNotFoundException($"Workflow {instanceId} does not exist (yet).");
        if (instance.RuntimeStatus is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Terminated or OrchestrationRuntimeStatus.Failed)
        {
            return false;
        }

        await client.RaiseEventAsync(instanceId, eventName, payload, cancellationToken);
        return true;
    }

    public Task CancelAsync(string cycleId, string country, string reason, CancellationToken cancellationToken) =>
        client.TerminateInstanceAsync(WorkflowNames.InstanceId(cycleId, country), new TerminateInstanceOptions { Output = reason }, cancellationToken);
}
