using DurableTask.Core;
using DurableTask.Core.Command;
using DurableTask.Core.History;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker.Shims;

namespace FocalPoints.Workflow.Tests.Replay;

/// <summary>
/// Replays a recorded history against orchestrator code the way the worker does when it picks an
/// instance up again: DurableTask.Core's <see cref="TaskOrchestrationExecutor"/> runs the
/// orchestrator through the SDK's shim with every recorded event as a past event. The executor
/// checks each recorded activity, timer and sent event against what the code schedules at that
/// point (name and kind by sequence number) and fails the run with a
/// <c>NonDeterministicOrchestrationException</c> on the first mismatch; this also checks that the
/// code, once the history is used up, schedules nothing the recorded run did not and ends where
/// (and as) the recorded run ended.
/// </summary>
public static class HistoryReplay
{
    /// <summary>What is wrong with replaying <paramref name="history"/> against <paramref name="orchestrator"/>, or <c>null</c> when it replays as recorded.</summary>
    public static string? Divergence(IList<HistoryEvent> history, ITaskOrchestrator orchestrator)
    {
        ExecutionStartedEvent started = history.OfType<ExecutionStartedEvent>().Single();
        TaskOrchestration shim = DurableTaskShimFactory.Default.CreateOrchestration(started.Name, orchestrator);
        var state = new OrchestrationRuntimeState(history);
        OrchestratorExecutionResult result = new TaskOrchestrationExecutor(state, shim, BehaviorOnContinueAsNew.Carryover, ErrorPropagationMode.UseFailureDetails).Execute();

        OrchestratorAction[] actions = [.. result.Actions];
        OrchestrationCompleteOrchestratorAction? ended = actions.OfType<OrchestrationCompleteOrchestratorAction>().SingleOrDefault();
        ExecutionCompletedEvent? recorded = history.OfType<ExecutionCompletedEvent>().SingleOrDefault();
        if (ended is { OrchestrationStatus: OrchestrationStatus.Failed } && recorded?.OrchestrationStatus != OrchestrationStatus.Failed)
        {
            return $"the replay failed: {ended.FailureDetails?.ErrorType}: {ended.FailureDetails?.ErrorMessage ?? ended.Result}";
        }

        string[] unrecorded = [.. actions.Where(a => a != ended).Select(Describe)];
        if (unrecorded.Length > 0)
        {
            return $"the code schedules what the recorded run did not: {string.Join(", ", unrecorded)}";
        }

        return (recorded, ended) switch
        {
            (null, null) => null,
            (null, _) => $"the code ends the orchestration ({ended.OrchestrationStatus}) where the recorded run went on",
            (_, null) => $"the recorded run ended ({recorded.OrchestrationStatus}) where the code waits for more",
            _ when recorded.OrchestrationStatus != ended.OrchestrationStatus => $"the recorded run ended {recorded.OrchestrationStatus}, the code ends it {ended.OrchestrationStatus}",
            _ when recorded.OrchestrationStatus == OrchestrationStatus.Completed && recorded.Result != ended.Result => $"the recorded run returned {recorded.Result}, the code returns {ended.Result}",
            _ => null,
        };
    }

    private static string Describe(OrchestratorAction action) => action switch
    {
        ScheduleTaskOrchestratorAction task => $"activity {task.Name} (#{task.Id})",
        CreateTimerOrchestratorAction timer => $"timer at {timer.FireAt:O} (#{timer.Id})",
        SendEventOrchestratorAction sent => $"event {sent.EventName} (#{sent.Id})",
        _ => $"{action.OrchestratorActionType} (#{action.Id})",
    };
}
