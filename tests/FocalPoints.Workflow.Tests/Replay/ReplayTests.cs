using DurableTask.Core;
using DurableTask.Core.History;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;
using FocalPoints.Workflow.Activities;
using FocalPoints.Workflow.Orchestrations;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Abstractions;

namespace FocalPoints.Workflow.Tests.Replay;

/// <summary>
/// The guard for cycles that last months: the histories of real runs, recorded on the self-host's
/// engine (<see cref="HistoryRecorder"/>), must replay against today's orchestrator code exactly as
/// they ran. A change that would break an instance in flight fails here; such a change belongs in a
/// new workflow version (<see cref="WorkflowNames.CurrentVersion"/>), with the old calls kept for
/// the old version.
/// </summary>
public class ReplayTests
{
    public static TheoryData<string> Histories() => new(RecordedHistory.Names());

    public static TheoryData<string, string> HistoriesAndChanges()
    {
        var data = new TheoryData<string, string>();
        foreach (string history in RecordedHistory.Names())
        {
            foreach (string change in Changes.Keys)
            {
                data.Add(history, change);
            }
        }

        return data;
    }

    /// <summary>Changes a new version could make without a version check, each breaking instances in flight.</summary>
    private static readonly Dictionary<string, Func<TaskOrchestrationContext, Task>> Changes = new(StringComparer.Ordinal)
    {
        ["an activity first"] = c => c.CallActivityAsync<ReminderSendGroup[]>(nameof(ReminderDeliveryActivity), new ReminderDeliveryInput("cycle", "GHA", c.CurrentUtcDateTime)),
        ["a timer first"] = c => c.CreateTimer(c.CurrentUtcDateTime.AddHours(1), CancellationToken.None),
    };

    [Theory]
    [MemberData(nameof(Histories))]
    public void Recorded_history_replays_against_the_current_orchestrator(string history)
    {
        IList<HistoryEvent> events = RecordedHistory.Load(history);
        ExecutionStartedEvent started = events.OfType<ExecutionStartedEvent>().Single();
        var orchestrator = (ITaskOrchestrator)Activator.CreateInstance(WorkflowRegistration.Find(started.Name))!;

        string? divergence = HistoryReplay.Divergence(events, orchestrator);

        Assert.True(divergence is null, $"{history} no longer replays: {divergence}");
        Assert.True(
            TaskOrchestrationVersioningUtils.CompareVersions(started.Version, WorkflowNames.CurrentVersion) <= 0,
            $"{history} started at version {started.Version}, newer than the workers' {WorkflowNames.CurrentVersion}: they would not run it");
    }

    [Fact]
    public void Recorded_histories_hold_a_return_an_escalation_and_a_cancellation()
    {
        Dictionary<string, IList<HistoryEvent>> recorded = RecordedHistory.Names().ToDictionary(n => n, RecordedHistory.Load);
        Assert.Equal(["cancellation", "full-cycle-with-return", "overdue-with-escalation"], recorded.Keys.Order(StringComparer.Ordinal));
        Assert.All(recorded.Values, h => Assert.Equal(WorkflowNames.CurrentVersion, h.OfType<ExecutionStartedEvent>().Single().Version));

        IList<HistoryEvent> full = recorded["full-cycle-with-return"];
        Assert.Equal(OrchestrationStatus.Completed, full.OfType<ExecutionCompletedEvent>().Single().OrchestrationStatus);
        Assert.Contains(full.OfType<TaskScheduledEvent>(), t => t.Name == nameof(RescheduleStepActivity));
        Assert.Equal(StrategySteps.InOrder.Count + 1, full.OfType<TaskScheduledEvent>().Count(t => t.Name == nameof(StepTransitionActivity)));

        IList<HistoryEvent> overdue = recorded["overdue-with-escalation"];
        Assert.Contains(overdue.OfType<TaskScheduledEvent>(), t => t.Name == nameof(NotifyActivity) && t.Input!.Contains($"\"Moment\":{(int)NotificationMoment.Escalation},", StringComparison.Ordinal));
        Assert.Contains(overdue, e => e is TimerFiredEvent);

        IList<HistoryEvent> cancelled = recorded["cancellation"];
        Assert.Single(cancelled.OfType<ExecutionTerminatedEvent>());
        Assert.Equal(OrchestrationStatus.Terminated, cancelled.OfType<ExecutionCompletedEvent>().Single().OrchestrationStatus);
    }

    [Theory]
    [MemberData(nameof(HistoriesAndChanges))]
    public void Replay_reports_a_changed_orchestrator_as_non_deterministic(string history, string change)
    {
        string? divergence = HistoryReplay.Divergence(RecordedHistory.Load(history), new ChangedStrategyOrchestrator(Changes[change]));

        Assert.NotNull(divergence);
        Assert.Contains("NonDeterministicOrchestrationException", divergence, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(HistoriesAndChanges))]
    public void The_same_change_behind_a_version_check_replays(string history, string change)
    {
        // How version 2 makes a change: instances started at 1.0 keep their calls.
        Func<TaskOrchestrationContext, Task> make = Changes[change];
        var versioned = new ChangedStrategyOrchestrator(c => c.CompareVersionTo("2.0") >= 0 ? make(c) : Task.CompletedTask);

        Assert.Null(HistoryReplay.Divergence(RecordedHistory.Load(history), versioned));
    }

    [Fact]
    public void Replay_reports_code_that_returns_another_result()
    {
        var changed = new ChangedStrategyOrchestrator(_ => Task.CompletedTask, result: _ => StrategyStatus.Cancelled);

        string? divergence = HistoryReplay.Divergence(RecordedHistory.Load("full-cycle-with-return"), changed);

        Assert.Equal($"the recorded run returned {(int)StrategyStatus.Completed}, the code returns {(int)StrategyStatus.Cancelled}", divergence);
    }

    /// <summary>Today's orchestrator with a change in front of it (or to its result), as a careless new version might make.</summary>
    private sealed class ChangedStrategyOrchestrator(Func<TaskOrchestrationContext, Task> first, Func<StrategyStatus, StrategyStatus>? result = null) : TaskOrchestrator<StrategyWorkflowInput, StrategyStatus>
    {
        public override async Task<StrategyStatus> RunAsync(TaskOrchestrationContext context, StrategyWorkflowInput input)
        {
            await first(context);
            StrategyStatus status = await new StrategyOrchestrator().RunAsync(context, input);
            return result is null ? status : result(status);
        }
    }
}
