using FocalPoints.Application.Ports;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;
using FocalPoints.Workflow.Activities;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace FocalPoints.Workflow.Orchestrations;

/// <summary>
/// One country's national strategy in one cycle: the four steps in order, each opened with a due
/// date, waiting for the focal point's submission (with reminders and an escalation on durable
/// timers) and then for the coordinator's review; approval moves on, return reopens the step.
/// Deterministic: time from the context, every effect in an activity, documents never in history.
/// </summary>
public sealed partial class StrategyOrchestrator : TaskOrchestrator<StrategyWorkflowInput, StrategyStatus>
{
    private static readonly TaskOptions ActivityRetry = TaskOptions.FromRetryPolicy(
        new RetryPolicy(maxNumberOfAttempts: 5, firstRetryInterval: TimeSpan.FromSeconds(1), backoffCoefficient: 2));

    public override async Task<StrategyStatus> RunAsync(TaskOrchestrationContext context, StrategyWorkflowInput input)
    {
        ILogger log = context.CreateReplaySafeLogger(nameof(StrategyOrchestrator));
        LogStarted(log, context.InstanceId, context.Version);
        var run = new Run(context, input, log);

        await run.NotifyAsync(NotificationMoment.CycleOpened, null, null, "cycleOpened");
        foreach (StrategyStep step in StrategySteps.InOrder)
        {
            await run.CompleteStepAsync(step);
            LogStepApproved(log, context.InstanceId, step);
        }

        await run.CompleteStrategyAsync();
        return StrategyStatus.Completed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Strategy workflow {InstanceId} running at version {Version}")]
    private static partial void LogStarted(ILogger logger, string instanceId, string version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Strategy workflow {InstanceId}: {Step} approved")]
    private static partial void LogStepApproved(ILogger logger, string instanceId, StrategyStep step);

    [LoggerMessage(Level = LogLevel.Information, Message = "Strategy workflow {InstanceId}: {Step} {Moment} held for working hours until {SendUtc}")]
    private static partial void LogReminderHeld(ILogger logger, string instanceId, StrategyStep step, NotificationMoment moment, DateTime sendUtc);

    [LoggerMessage(Level = LogLevel.Information, Message = "Strategy workflow {InstanceId}: {Step} {Moment} supersedes a reminder still held for working hours")]
    private static partial void LogReminderSuperseded(ILogger logger, string instanceId, StrategyStep step, NotificationMoment moment);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Strategy workflow {InstanceId}: the {Moment} transition failed ({ErrorType}); its change and messages are made one by one")]
    private static partial void LogTransitionFailed(ILogger logger, string instanceId, NotificationMoment moment, string errorType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Strategy workflow {InstanceId}: {Moment} message failed ({ErrorType}); the workflow goes on")]
    private static partial void LogNotificationFailed(ILogger logger, string instanceId, NotificationMoment moment, string errorType);

    /// <summary>The state of one run, kept out of the orchestrator's fields so the class stays stateless.</summary>
    private sealed partial class Run(TaskOrchestrationContext context, StrategyWorkflowInput input, ILogger log)
    {
        /// <summary>The approval of the previous step, announced with the next moment.</summary>
        private Approval? approved;

        private CycleSchedule Schedule => input.Schedule;

        /// <summary>
        /// The time the review opened the step (or completed the strategy) when it was approved; for
        /// the first step, now.
        /// </summary>
        private DateTime TransitionTime => approved is { } previous ? previous.AtUtc : context.CurrentUtcDateTime;

        public async Task CompleteStepAsync(StrategyStep step)
        {
            DateTime opened = TransitionTime;
            DateTime due = StrategyProgress.StepDue(opened, Schedule.StepDuration);
            await TransitionAsync(new StepTransitionInput(new OpenStepInput(input.CycleId, input.Country, step, opened, due), null, []), NotificationMoment.StepOpened, step, due, $"{step}|stepOpened", atUtc: opened);

            int round = 0;
            int lastVersion = 0;
            while (true)
            {
                lastVersion = await WaitForSubmissionAsync(step, round, opened, due, lastVersion);
                await NotifyAsync(NotificationMoment.SubmissionReceived, step, due, $"{step}|v{lastVersion}|submissionReceived");

                StepReviewed review = await WaitForReviewAsync(step, lastVersion);
                if (review.Decision == ReviewDecision.Approve)
                {
                    // The next step opens first and its message carries the approval's. The approval's
                    // time is the review's, when the event carries it, however late the engine hears it.
                    DateTime approvedAt = review.ReviewedUtc is { } reviewed ? reviewed : context.CurrentUtcDateTime;
                    approved = new Approval(step, $"{step}|v{lastVersion}|approved", approvedAt);
                    return;
                }

                // Returned: the step reopens, due by the domain's rule from the time the workflow hears it.
                round++;
                opened = context.CurrentUtcDateTime;
                due = StrategyProgress.ReturnedDue(opened, due, Schedule.ReviewDuration);
                await context.CallActivityAsync<bool>(
                    nameof(RescheduleStepActivity), new RescheduleStepInput(input.CycleId, input.Country, step, due), ActivityRetry);
                await NotifyAsync(NotificationMoment.Returned, step, due, $"{step}|v{lastVersion}|returned", lastVersion);
            }
        }

        /// <summary>Completes the strategy after the fourth approval and says so.</summary>
        public Task CompleteStrategyAsync() => TransitionAsync(
            new StepTransitionInput(null, new CompleteStrategyInput(input.CycleId, input.Country, TransitionTime), []), NotificationMoment.StrategyCompleted, null, null, "strategyCompleted");

        /// <summary>
        /// Makes a transition's change (<paramref name="change"/>: a step opened, the strategy
        /// completed) and sends its moment's message with the previous step's approval, if one waits:
        /// one <see cref="StepTransitionActivity"/>. Should that activity fail after its retries, an
        /// activity for the change and then one per message.
        /// </summary>
        public async Task TransitionAsync(StepTransitionInput change, NotificationMoment moment, StrategyStep? step, DateTime? dueUtc, string key, DateTime? atUtc = null)
        {
            try
            {
                await context.CallActivityAsync<bool>(nameof(StepTransitionActivity), change with { Messages = Announcement(moment, step, dueUtc, key, atUtc) }, ActivityRetry);
                approved = null;
                return;
            }
            catch (TaskFailedException e)
            {
                LogTransitionFailed(log, context.InstanceId, moment, e.FailureDetails.ErrorType);
            }

            await (change.Open is { } open
                ? context.CallActivityAsync<bool>(nameof(OpenStepActivity), open, ActivityRetry)
                : context.CallActivityAsync<bool>(nameof(CompleteStrategyActivity), change.Complete, ActivityRetry));

            // Made after the change (a message without a time of its own is stamped now), each message
            // scheduled before any is awaited.
            NotifyInput[] messages = Announcement(moment, step, dueUtc, key, atUtc);
            approved = null;
            await Task.WhenAll(messages.Select(SendAsync));
        }

        /// <summary>
        /// The messages of a transition's moment (step opened, strategy completed): the previous
        /// step's approval first, when one waits, then the moment's own.
        /// </summary>
        private NotifyInput[] Announcement(NotificationMoment moment, StrategyStep? step, DateTime? dueUtc, string key, DateTime? atUtc) =>
            approved is Approval previous
                ? [Message(NotificationMoment.Approved, previous.Step, null, previous.Key, atUtc: previous.AtUtc), Message(moment, step, dueUtc, key, atUtc: atUtc)]
                : [Message(moment, step, dueUtc, key, atUtc: atUtc)];

        /// <summary>
        /// Sends a moment's message. A message that cannot be delivered after the activity's retries
        /// is recorded by the sender and must not stop the country's strategy, so the failure ends here.
        /// </summary>
        public Task<bool> NotifyAsync(
            NotificationMoment moment, StrategyStep? step, DateTime? dueUtc, string key, int? version = null, IReadOnlyList<string>? timeZones = null, DateTime? atUtc = null) =>
            SendAsync(Message(moment, step, dueUtc, key, version, timeZones, atUtc));

        private async Task<bool> SendAsync(NotifyInput message)
        {
            try
            {
                return await context.CallActivityAsync<bool>(nameof(NotifyActivity), message, ActivityRetry);
            }
            catch (TaskFailedException e)
            {
                LogNotificationFailed(log, context.InstanceId, message.Moment, e.FailureDetails.ErrorType);
                return false;
            }
        }

        /// <summary>A moment's message, with its idempotency key made unique to this instance.</summary>
        private NotifyInput Message(
            NotificationMoment moment, StrategyStep? step, DateTime? dueUtc, string key, int? version = null, IReadOnlyList<string>? timeZones = null, DateTime? atUtc = null) =>
            new($"{context.InstanceId}|{key}", input.CycleId, input.Country, step, moment, dueUtc, atUtc ?? context.CurrentUtcDateTime, version, timeZones);

        /// <summary>An approved step: its message's idempotency key and the time of the approval.</summary>
        private sealed record Approval(StrategyStep Step, string Key, DateTime AtUtc);
    }
}
