using FocalPoints.Application.Ports;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;
using FocalPoints.Workflow.Activities;
using FocalPoints.Workflow.Orchestrations;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace FocalPoints.Workflow.Tests.Orchestrations;

/// <summary>
/// The orchestrator against a strict mock of <see cref="TaskOrchestrationContext"/>: every call it
/// makes must be expected, so a stray activity, timer or event waiter fails the test.
/// </summary>
public class StrategyOrchestratorTests
{
    private const string InstanceId = "strategy:2027:GHA";
    private static readonly DateTime Start = new(2027, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>How far the clock moves on each activity result in the runs that check message times (a later episode).</summary>
    private static readonly TimeSpan Episode = TimeSpan.FromMinutes(1);

    private static readonly CycleSchedule Schedule = new(
        TimeSpan.FromDays(60), TimeSpan.FromDays(14), [TimeSpan.FromDays(7)], TimeSpan.FromDays(7), TimeSpan.FromDays(14));

    private static readonly StrategyWorkflowInput Input = new("2027", "GHA", Schedule);

    private readonly Mock<TaskOrchestrationContext> context = new(MockBehavior.Strict);
    private readonly List<NotifyInput> notifications = [];
    private readonly List<object> activities = [];
    private readonly List<string> scheduled = [];
    private List<(NotifyInput Message, TaskCompletionSource<bool> Sent)>? inFlight;
    private readonly Queue<Task> timers = new();
    private readonly List<DateTime> timersCreated = [];
    private readonly Dictionary<string, Queue<object>> events = [];
    private readonly Dictionary<string, int> waits = [];
    private readonly List<(Func<bool> Due, Action Deliver)> held = [];
    private string hours = "off";
    private List<string> zones = ["Africa/Accra"];
    private DateTime? timersFireUntil;
    private DateTime now = Start;
    private TimeSpan clockStep;
    private Action<NotifyInput>? onNotify;
    private bool failTransitions;

    public StrategyOrchestratorTests()
    {
        context.SetupGet(c => c.InstanceId).Returns(InstanceId);
        context.SetupGet(c => c.Version).Returns(WorkflowNames.CurrentVersion);

        // The directory's zones as they are when the reminder falls due, as the real activity reads them.
        context.Setup(c => c.CallActivityAsync<ReminderSendGroup[]>(nameof(ReminderDeliveryActivity), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .Returns((TaskName _, object? input, TaskOptions? _) => Task.FromResult(
                WorkingHours.Parse(hours) is { Enabled: true } on ? ReminderSendGroups.For(on, ((ReminderDeliveryInput)input!).DueUtc, zones) : []));
        context.SetupGet(c => c.IsReplaying).Returns(false);
        context.SetupGet(c => c.CurrentUtcDateTime).Returns(() => now);
        context.Setup(c => c.CreateReplaySafeLogger(nameof(StrategyOrchestrator))).Returns(NullLogger.Instance);
        context.Setup(c => c.CallActivityAsync<bool>(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .Returns((TaskName name, object? input, TaskOptions? _) =>
            {
                scheduled.Add(Label(input!));
                if (input is StepTransitionInput transition)
                {
                    if (failTransitions)
                    {
                        return Task.FromException<bool>(new TaskFailedException(name, 7, new TaskFailureDetails("RequestFailedException", "Storage out of reach", null, null, null)));
                    }

                    // The activity makes the change and sends the messages; the clock moves once.
                    activities.Add((object?)transition.Open ?? transition.Complete!);
                    notifications.AddRange(transition.Messages);
                    now += clockStep;
                    return Task.FromResult(true);
                }

                if (input is not NotifyInput notify)
                {
                    activities.Add(input!);
                    now += clockStep;
                    return Task.FromResult(true);
                }

                notifications.Add(notify);
                onNotify?.Invoke(notify);
                if (inFlight is null)
                {
                    return Task.FromResult(true);
                }

                var sent = new TaskCompletionSource<bool>();
                inFlight.Add((notify, sent));
                return sent.Task;
            });
        context.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()))
            .Callback((DateTime at, CancellationToken _) => timersCreated.Add(at))
            .Returns((DateTime at, CancellationToken _) => timersFireUntil is DateTime until
                ? (at <= until ? Task.CompletedTask : new TaskCompletionSource().Task)
                : (timers.Count > 0 ? timers.Dequeue() : new TaskCompletionSource().Task));
        SetupEvent<StepSubmitted>();
        SetupEvent<StepReviewed>();
    }

    [Fact]
    public async Task Four_approved_steps_complete_the_strategy()
    {
        foreach (StrategyStep step in StrategySteps.InOrder)
        {
            Submit(step, 1);
            Review(step, 1, ReviewDecision.Approve);
        }

        StrategyStatus result = await new StrategyOrchestrator().RunAsync(context.Object, Input);

        Assert.Equal(StrategyStatus.Completed, result);
        Assert.Equal(StrategySteps.InOrder, activities.OfType<OpenStepInput>().Select(o => o.Step));
        Assert.All(activities.OfType<OpenStepInput>(), o => Assert.Equal(Start + Schedule.StepDuration, o.DueUtc));
        Assert.Single(activities.OfType<CompleteStrategyInput>());
        Assert.Equal(
            [NotificationMoment.CycleOpened,
             .. StrategySteps.InOrder.SelectMany(_ => new[] { NotificationMoment.StepOpened, NotificationMoment.SubmissionReceived, NotificationMoment.Approved }),
             NotificationMoment.StrategyCompleted],
            notifications.Select(n => n.Moment));
        Assert.Equal(notifications.Count, notifications.Select(n => n.Id).Distinct().Count());
    }

    [Fact]
    public void Each_transition_is_one_activity_with_its_messages()
    {
        StrategyStep last = StrategySteps.InOrder[^1];
        string[] expected =
        [
            "CycleOpened",
            ..StrategySteps.InOrder.SelectMany((step, i) => new[]
            {
                i == 0 ? $"OpenStep {step} + StepOpened {step}" : $"OpenStep {step} + Approved {StrategySteps.InOrder[i - 1]} + StepOpened {step}",
                $"SubmissionReceived {step}",
            }),
            $"CompleteStrategy + Approved {last} + StrategyCompleted",
        ];

        RunApprovingEveryStep(out StrategyStatus result, out List<string[]> _);

        Assert.Equal(StrategyStatus.Completed, result);
        Assert.Equal(expected, scheduled);
        AssertMessagesKeepTheirKeysAndTimes(completedAfter: TimeSpan.Zero);
    }

    [Fact]
    public async Task The_next_step_keeps_the_reviews_time_however_late_the_engine_hears_it()
    {
        // The engine's clock moves a minute per activity; each review was stored earlier than that.
        clockStep = Episode;
        DateTime[] reviewed = [.. StrategySteps.InOrder.Select((_, i) => Start.AddSeconds(i + 1))];
        foreach (StrategyStep step in StrategySteps.InOrder)
        {
            Submit(step, 1);
            Queue(WorkflowNames.ReviewedEvent(step)).Enqueue(new StepReviewed(1, ReviewDecision.Approve, reviewed[(int)step]));
        }

        Assert.Equal(StrategyStatus.Completed, await new StrategyOrchestrator().RunAsync(context.Object, Input));

        OpenStepInput[] opened = [.. activities.OfType<OpenStepInput>().Skip(1)];
        DateTime completed = Assert.Single(activities.OfType<CompleteStrategyInput>()).CompletedUtc;
        NotifyInput[] approvals = [.. notifications.Where(n => n.Moment == NotificationMoment.Approved)];
        NotifyInput[] stepsOpened = [.. notifications.Where(n => n.Moment == NotificationMoment.StepOpened).Skip(1)];
        Assert.Equal(reviewed.SkipLast(1), opened.Select(o => o.OpenedUtc));
        Assert.All(opened, o => Assert.Equal(o.OpenedUtc + Schedule.StepDuration, o.DueUtc));
        Assert.Equal(reviewed[^1], completed);
        Assert.Equal(reviewed, approvals.Select(a => a.AtUtc));
        Assert.Equal(opened.Select(o => (o.OpenedUtc, o.DueUtc)), stepsOpened.Select(m => (m.AtUtc, m.DueUtc!.Value)));
    }

    [Fact]
    public void A_transition_that_fails_after_its_retries_makes_its_change_and_sends_its_messages_one_by_one()
    {
        failTransitions = true;
        StrategyStep first = StrategySteps.InOrder[0];
        StrategyStep second = StrategySteps.InOrder[1];

        RunApprovingEveryStep(out StrategyStatus result, out List<string[]> batches);

        Assert.Equal(StrategyStatus.Completed, result);
        Assert.Equal(
            ["CycleOpened", $"OpenStep {first} + StepOpened {first}", $"OpenStep {first}", $"StepOpened {first}", $"SubmissionReceived {first}",
             $"OpenStep {second} + Approved {first} + StepOpened {second}", $"OpenStep {second}", $"Approved {first}", $"StepOpened {second}"],
            scheduled.Take(9));
        Assert.Contains([$"Approved {first}", $"StepOpened {second}"], batches);
        AssertMessagesKeepTheirKeysAndTimes();
    }

    [Fact]
    public void Waiting_step_fires_its_reminders_in_order_with_one_event_waiter()
    {
        // Reminder (7 days before), due today and the first overdue reminder fire; then the submission arrives.
        timers.Enqueue(Task.CompletedTask);
        timers.Enqueue(Task.CompletedTask);
        timers.Enqueue(Task.CompletedTask);
        Submit(StrategyStep.RiskAssessment, 1, afterTimers: 3);
        Review(StrategyStep.RiskAssessment, 1, ReviewDecision.Approve);

        RunUntilIdle();

        Assert.Equal(
            [NotificationMoment.Reminder, NotificationMoment.DueToday, NotificationMoment.Overdue],
            notifications.Where(n => n.Step == StrategyStep.RiskAssessment && n.Moment is NotificationMoment.Reminder or NotificationMoment.DueToday or NotificationMoment.Overdue).Select(n => n.Moment));
        Assert.Equal(1, waits[WorkflowNames.SubmittedEvent(StrategyStep.RiskAssessment)]);
        DateTime due = Start + Schedule.StepDuration;

        // Step 1: three timers fired and a fourth (the escalation) was cancelled by the submission;
        // the review's first reminder to the coordinators was set and cancelled by the approval;
        // then step 2 opened and set its first reminder.
        DateTime reviewReminder = Start + Schedule.ReviewDuration - Schedule.ReminderOffsets[0];
        Assert.Equal([due.AddDays(-7), due, due.AddDays(7), due.AddDays(14), reviewReminder, due.AddDays(-7)], timersCreated);
    }

    [Fact]
    public void Returned_step_is_rescheduled_and_waits_for_a_new_version()
    {
        Submit(StrategyStep.RiskAssessment, 1);
        Review(StrategyStep.RiskAssessment, 1, ReviewDecision.Return);
        Submit(StrategyStep.RiskAssessment, 1); // a repeat of version 1 (a retried request): ignored
        Submit(StrategyStep.RiskAssessment, 2);
        Review(StrategyStep.RiskAssessment, 2, ReviewDecision.Approve);

        RunUntilIdle();

        RescheduleStepInput rescheduled = Assert.Single(activities.OfType<RescheduleStepInput>());
        Assert.Equal(Start + Schedule.StepDuration, rescheduled.DueUtc); // the original due date is later than now + review time
        NotifyInput returned = Assert.Single(notifications, n => n.Moment == NotificationMoment.Returned);
        Assert.Equal(1, returned.Version);
        Assert.Contains(notifications, n => n.Moment == NotificationMoment.SubmissionReceived && n.Id.EndsWith("|v2|submissionReceived", StringComparison.Ordinal));
        Assert.Contains(notifications, n => n.Moment == NotificationMoment.Approved && n.Step == StrategyStep.RiskAssessment);
        Assert.Equal(StrategyStep.ActionPrioritisation, activities.OfType<OpenStepInput>().Last().Step);
    }

    [Fact]
    public void Review_of_another_version_is_ignored()
    {
        Submit(StrategyStep.RiskAssessment, 1);
        Review(StrategyStep.RiskAssessment, 7, ReviewDecision.Approve);

        RunUntilIdle();

        Assert.DoesNotContain(notifications, n => n.Moment == NotificationMoment.Approved);
        Assert.Single(activities.OfType<OpenStepInput>());
    }

    [Fact]
    public void Reminders_wait_for_each_zones_working_day()
    {
        // The first reminder falls at 09:00 UTC: 09:00 in Accra (sent at once), 22:00 in Tonga (held until 09:00 there, 20:00 UTC).
        hours = "09:00-18:00";
        zones = ["Africa/Accra", "Pacific/Tongatapu"];
        timers.Enqueue(Task.CompletedTask);
        timers.Enqueue(Task.CompletedTask);
        Submit(StrategyStep.RiskAssessment, 1, afterTimers: 2);
        Review(StrategyStep.RiskAssessment, 1, ReviewDecision.Approve);

        RunUntilIdle();

        DateTime due = Start + Schedule.StepDuration;
        DateTime reminder = due.AddDays(-7);
        Assert.Equal([reminder, reminder.AddHours(11), due], timersCreated.Take(3));
        NotifyInput[] reminders = notifications.Where(n => n.Moment == NotificationMoment.Reminder).ToArray();
        Assert.Equal([["Africa/Accra"], ["Pacific/Tongatapu"]], reminders.Select(r => r.TimeZones!.ToArray()));
        Assert.Equal(reminders[0].Id, reminders[1].Id); // one moment: each recipient's message id is the same moment's
    }

    [Fact]
    public void Escalation_goes_at_its_time_while_a_reminder_waits_for_the_focal_points_morning()
    {
        // Due at 09:00 UTC, 22:00 in Tonga: the due-today reminder is held until 09:00 there (20:00 UTC).
        // The escalation (09:30) and the hourly overdue reminders fall due meanwhile.
        hours = "09:00-18:00";
        zones = ["Pacific/Tongatapu"];
        var schedule = new CycleSchedule(TimeSpan.FromDays(60), TimeSpan.FromDays(14), [], TimeSpan.FromHours(1), TimeSpan.FromMinutes(30));
        DateTime due = Start + schedule.StepDuration;
        DateTime morning = due.AddHours(11);
        timersFireUntil = morning;

        RunUntilIdle(Input with { Schedule = schedule });

        Assert.True(
            timersCreated.IndexOf(due.AddMinutes(30)) < timersCreated.IndexOf(morning),
            "the escalation's timer is set before the held reminder's morning");
        NotifyInput[] waiting = notifications.Where(n => n.Moment is NotificationMoment.DueToday or NotificationMoment.Overdue or NotificationMoment.Escalation).ToArray();
        Assert.Equal([NotificationMoment.Escalation, NotificationMoment.Overdue], waiting.Select(n => n.Moment));
        Assert.Null(waiting[0].TimeZones);

        // At 20:00 UTC the eleventh overdue reminder is due and it is Tonga's morning: that one goes,
        // and the due-today and earlier overdue reminders it supersedes are not sent on top of it.
        Assert.EndsWith("|RiskAssessment|r0|12|Overdue", waiting[1].Id, StringComparison.Ordinal);
        Assert.Equal(["Pacific/Tongatapu"], waiting[1].TimeZones);
    }

    [Fact]
    public void Held_reminder_goes_at_the_morning_when_no_later_one_is_due_by_then()
    {
        DateTime due = RunWithTheStepDueAtNightInTonga();

        Assert.Equal([due, due.AddHours(2), due.AddHours(11), due.AddDays(1)], timersCreated.Take(4));
        Assert.Equal(
            [NotificationMoment.Escalation, NotificationMoment.DueToday],
            notifications.Where(n => n.Moment is NotificationMoment.DueToday or NotificationMoment.Overdue or NotificationMoment.Escalation).Select(n => n.Moment));
    }

    [Theory]
    [InlineData("added")]
    [InlineData("moved")]
    public void Reminders_go_to_the_focal_points_in_the_directory_when_they_fall_due(string change)
    {
        // After the first reminder, a focal point in Tonga is added (or Accra's moves there).
        hours = "09:00-18:00";
        zones = ["Africa/Accra"];
        List<string> later = change == "added" ? ["Africa/Accra", "Pacific/Tongatapu"] : ["Pacific/Tongatapu"];
        onNotify = n =>
        {
            if (n.Moment == NotificationMoment.Reminder)
            {
                zones = later;
            }
        };
        DateTime due = Start + Schedule.StepDuration;
        timersFireUntil = due.AddHours(11);

        RunUntilIdle();

        NotifyInput[] dueToday = notifications.Where(n => n.Moment == NotificationMoment.DueToday).ToArray();
        Assert.Equal(later.Select(z => new[] { z }), dueToday.Select(n => n.TimeZones!.ToArray()));
    }

    [Fact]
    public void Coordinators_are_reminded_of_a_waiting_review_and_told_when_it_is_overdue()
    {
        Submit(StrategyStep.RiskAssessment, 1);
        timersFireUntil = Start + Schedule.ReviewDuration;

        RunUntilIdle();

        NotifyInput[] review = notifications.Where(n => n.Moment is NotificationMoment.ReviewReminder or NotificationMoment.ReviewOverdue).ToArray();
        Assert.Equal([NotificationMoment.ReviewReminder, NotificationMoment.ReviewOverdue], review.Select(n => n.Moment));
        Assert.All(review, n => Assert.Equal(StrategyStep.RiskAssessment, n.Step));
        Assert.All(review, n => Assert.Equal(Start + Schedule.ReviewDuration, n.DueUtc));
        Assert.Equal(
            [Start + Schedule.ReviewDuration - Schedule.ReminderOffsets[0], Start + Schedule.ReviewDuration],
            timersCreated.Where(t => t < Start + Schedule.StepDuration - Schedule.ReminderOffsets[0]));
        Assert.Equal(2, review.Select(n => n.Id).Distinct().Count());
    }

    [Fact]
    public void Review_recorded_in_time_stops_the_review_reminders()
    {
        Submit(StrategyStep.RiskAssessment, 1);
        Review(StrategyStep.RiskAssessment, 1, ReviewDecision.Approve);

        RunUntilIdle();

        Assert.DoesNotContain(notifications, n => n.Moment is NotificationMoment.ReviewReminder or NotificationMoment.ReviewOverdue);
        Assert.Equal(StrategyStep.ActionPrioritisation, activities.OfType<OpenStepInput>().Last().Step);
    }

    /// <summary>
    /// Every step submitted and approved at once; every message stays in flight until the run can go
    /// no further, then that batch is sent. Without a synchronisation context the orchestrator's
    /// continuations run inline on each completion, so each batch is exactly what the orchestrator
    /// scheduled before awaiting.
    /// </summary>
    private void RunApprovingEveryStep(out StrategyStatus result, out List<string[]> batches)
    {
        clockStep = Episode;
        foreach (StrategyStep step in StrategySteps.InOrder)
        {
            Submit(step, 1);
            Review(step, 1, ReviewDecision.Approve);
        }

        inFlight = [];
        batches = [];
        SynchronizationContext? previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            Task<StrategyStatus> run = new StrategyOrchestrator().RunAsync(context.Object, Input);
            while (!run.IsCompleted && inFlight.Count > 0)
            {
                (NotifyInput Message, TaskCompletionSource<bool> Sent)[] batch = [.. inFlight];
                inFlight.Clear();
                batches.Add([.. batch.Select(m => Label(m.Message))]);
                now += clockStep;
                foreach ((NotifyInput _, TaskCompletionSource<bool> sent) in batch)
                {
                    sent.SetResult(true);
                }
            }

            Assert.True(run.IsCompleted, "the run waits for nothing but its messages");
            result = run.Result;
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    /// <summary>
    /// Whatever the order, the messages are the same: the same idempotency keys (nothing sent
    /// twice or left out), the step opened at its opening with its due date, the approval stamped
    /// when the review arrived (the episode after the submission's message), the completion after
    /// the strategy's.
    /// </summary>
    private void AssertMessagesKeepTheirKeysAndTimes(TimeSpan? completedAfter = null)
    {
        string[] keys =
        [
            "cycleOpened",
            .. StrategySteps.InOrder.SelectMany(step => new[] { $"{step}|stepOpened", $"{step}|v1|submissionReceived", $"{step}|v1|approved" }),
            "strategyCompleted",
        ];
        Assert.Equal(keys.Select(k => $"{InstanceId}|{k}").Order(StringComparer.Ordinal), notifications.Select(n => n.Id).Order(StringComparer.Ordinal));
        NotifyInput Message(string label) => Assert.Single(notifications, n => Label(n) == label);
        foreach (OpenStepInput open in activities.OfType<OpenStepInput>())
        {
            NotifyInput opened = Message($"StepOpened {open.Step}");
            Assert.Equal((open.OpenedUtc, open.OpenedUtc + Schedule.StepDuration), (opened.AtUtc, opened.DueUtc!.Value));
            NotifyInput approved = Message($"Approved {open.Step}");
            Assert.Equal((Message($"SubmissionReceived {open.Step}").AtUtc + Episode, (DateTime?)null), (approved.AtUtc, approved.DueUtc));
        }

        Assert.Equal(Assert.Single(activities.OfType<CompleteStrategyInput>()).CompletedUtc + (completedAfter ?? Episode), Message("StrategyCompleted").AtUtc);
    }

    private static string Label(object input) => input switch
    {
        NotifyInput { Step: StrategyStep step } n => $"{n.Moment} {step}",
        NotifyInput n => $"{n.Moment}",
        OpenStepInput o => $"OpenStep {o.Step}",
        CompleteStrategyInput => "CompleteStrategy",
        StepTransitionInput t => $"{Label((object?)t.Open ?? t.Complete!)} + {string.Join(" + ", t.Messages.Select(Label))}",
        _ => input.GetType().Name,
    };

    /// <summary>
    /// Tonga's focal points with working hours on: the step is due at 22:00 there (09:00 UTC), escalated
    /// 2 h later, overdue daily; the run goes on until just after Tonga's morning (20:00 UTC).
    /// </summary>
    private DateTime RunWithTheStepDueAtNightInTonga()
    {
        hours = "09:00-18:00";
        zones = ["Pacific/Tongatapu"];
        var schedule = new CycleSchedule(TimeSpan.FromDays(60), TimeSpan.FromDays(14), [], TimeSpan.FromDays(1), TimeSpan.FromHours(2));
        DateTime due = Start + schedule.StepDuration;
        timersFireUntil = due.AddHours(12);
        RunUntilIdle(Input with { Schedule = schedule });
        return due;
    }

    /// <summary>
    /// Runs the orchestrator until it waits on something that never comes, as the engine would, one
    /// episode after another: whatever the mocks hand it is already complete or never completes,
    /// except the events held for later. With no synchronisation context the run goes as far as it
    /// can inline; then a held event whose moment has come is delivered, and the run goes on from it.
    /// When none is left to deliver, the run is idle: decided by the run itself, not by a clock, so a
    /// slow machine cannot cut it short and nothing can arrive after the assertions.
    /// </summary>
    private void RunUntilIdle(StrategyWorkflowInput? input = null)
    {
        SynchronizationContext? previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            Task<StrategyStatus> run = new StrategyOrchestrator().RunAsync(context.Object, input ?? Input);
            for (int next; !run.IsCompleted && (next = held.FindIndex(h => h.Due())) >= 0;)
            {
                Action deliver = held[next].Deliver;
                held.RemoveAt(next);
                deliver();
            }

            if (run.IsFaulted)
            {
                run.GetAwaiter().GetResult();
            }
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    private void Submit(StrategyStep step, int version, int afterTimers = 0)
    {
        string name = WorkflowNames.SubmittedEvent(step);
        Queue(name).Enqueue(afterTimers == 0 ? new StepSubmitted(version) : new Delayed(new StepSubmitted(version), afterTimers));
    }

    private void Review(StrategyStep step, int version, ReviewDecision decision) =>
        Queue(WorkflowNames.ReviewedEvent(step)).Enqueue(new StepReviewed(version, decision));

    private Queue<object> Queue(string name) => events.TryGetValue(name, out Queue<object>? q) ? q : events[name] = new Queue<object>();

    private void SetupEvent<T>()
    {
        context.Setup(c => c.WaitForExternalEvent<T>(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string name, CancellationToken _) =>
            {
                waits[name] = waits.GetValueOrDefault(name) + 1;
                if (!events.TryGetValue(name, out Queue<object>? queue) || queue.Count == 0)
                {
                    return new TaskCompletionSource<T>().Task;
                }

                object next = queue.Dequeue();
                if (next is Delayed delayed)
                {
                    // Arrives once the timers queued before it have all been handed out and fired.
                    var arrives = new TaskCompletionSource<T>();
                    held.Add((
                        () => timers.Count == 0 && notifications.Count(n => n.Moment is NotificationMoment.Reminder or NotificationMoment.DueToday or NotificationMoment.Overdue) >= delayed.AfterTimers,
                        () => arrives.SetResult((T)delayed.Value)));
                    return arrives.Task;
                }

                return Task.FromResult((T)next);
            });
    }

    private sealed record Delayed(object Value, int AfterTimers);
}
