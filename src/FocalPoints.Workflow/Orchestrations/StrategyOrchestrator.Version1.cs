using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;
using FocalPoints.Workflow.Activities;

namespace FocalPoints.Workflow.Orchestrations;

/// <summary>
/// The waits of instances started at versions 1.0 and 1.1, kept call for call so that their
/// recorded histories replay: reminders walked one after another (a held one delays the next), the
/// zones read once per step, no reminders of reviews. Instances from
/// <see cref="WorkflowNames.ReminderScheduleVersion"/> on never come here; delete this file once no
/// 1.0 or 1.1 instance runs.
/// </summary>
public sealed partial class StrategyOrchestrator
{
    private sealed partial class Run
    {
        /// <summary>
        /// Waits for a submission newer than <paramref name="lastVersion"/>, firing each reminder moment
        /// in turn; a reminder held for working hours is waited for before the next moment. The
        /// <see cref="EventWaiter{T}"/> makes the same calls, in the same order, as this method's
        /// own waiter did at version 1.1.
        /// </summary>
        private async Task<int> WaitForSubmissionVersion1Async(StrategyStep step, int round, DateTime opened, DateTime due, int lastVersion, DeliveryPlan? plan)
        {
            var submissions = new EventWaiter<StepSubmitted>(context, WorkflowNames.SubmittedEvent(step), s => s.Version > lastVersion);
            int sequence = 0;
            while (true)
            {
                ReminderMoment next = ReminderPlan.At(Schedule, opened, due, sequence);
                if (await submissions.BeforeAsync(next.AtUtc) is StepSubmitted submitted)
                {
                    return submitted.Version;
                }

                string key = $"{step}|r{round}|{next.Sequence}|{next.Moment}";
                if (plan is null || plan.WorkingHours == WorkingHours.Off.ToString() || plan.TimeZones.Count == 0 || next.Moment == NotificationMoment.Escalation)
                {
                    await NotifyAsync(next.Moment, step, due, key);
                }
                else
                {
                    // Each zone's focal points get the reminder at the start of their own working day.
                    ReminderSendGroup[] groups = await context.CallActivityAsync<ReminderSendGroup[]>(
                        nameof(ReminderSendTimesActivity), new ReminderSendTimesInput(next.AtUtc, plan.WorkingHours, plan.TimeZones), ActivityRetry);
                    foreach (ReminderSendGroup group in groups)
                    {
                        if (group.SendUtc > next.AtUtc && await submissions.BeforeAsync(group.SendUtc) is StepSubmitted early)
                        {
                            return early.Version;
                        }

                        await NotifyAsync(next.Moment, step, due, key, timeZones: group.TimeZones);
                    }
                }

                sequence++;
            }
        }

        private Task<StepReviewed> WaitForReviewVersion1Async(StrategyStep step, int version) =>
            new EventWaiter<StepReviewed>(context, WorkflowNames.ReviewedEvent(step), r => r.Version == version).NextAsync();
    }
}
