using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;
using FocalPoints.Workflow.Activities;

namespace FocalPoints.Workflow.Orchestrations;

public sealed partial class StrategyOrchestrator
{
    private sealed partial class Run
    {
        /// <summary>
        /// Waits for a submission newer than <paramref name="lastVersion"/> while the step's reminder
        /// moments fall due. Each moment goes at its time: escalations to the coordinators at once, a
        /// reminder to each focal point now or, outside their working hours, at the start of their
        /// next working day. A held reminder never delays a later moment, and one that a later
        /// reminder of the step supersedes before its hour comes is not sent.
        /// </summary>
        private async Task<int> WaitForSubmissionAsync(StrategyStep step, int round, DateTime opened, DateTime due, int lastVersion)
        {
            var submissions = new EventWaiter<StepSubmitted>(context, WorkflowNames.SubmittedEvent(step), s => s.Version > lastVersion);
            var held = new HeldReminders();
            int sequence = 0;
            while (true)
            {
                ReminderMoment next = ReminderPlan.At(Schedule, opened, due, sequence);

                // On a tie the plan's moment comes first: it supersedes what was held for the same hour.
                HeldReminder? morning = held.Earliest is HeldReminder h && h.SendUtc < next.AtUtc ? h : null;
                if (await submissions.BeforeAsync(morning?.SendUtc ?? next.AtUtc) is StepSubmitted submitted)
                {
                    return submitted.Version;
                }

                if (morning is not null)
                {
                    held.Release(morning);
                    await NotifyAsync(morning.Moment, step, due, morning.Key, timeZones: morning.TimeZones);
                    continue;
                }

                await SendOrHoldAsync(step, due, next, $"{step}|r{round}|{next.Sequence}|{next.Moment}", held);
                sequence++;
            }
        }

        private async Task SendOrHoldAsync(StrategyStep step, DateTime due, ReminderMoment moment, string key, HeldReminders held)
        {
            if (moment.Moment == NotificationMoment.Escalation)
            {
                await NotifyAsync(moment.Moment, step, due, key);
                return;
            }

            // The directory as it stands now: a focal point added or moved since the step opened is included.
            ReminderSendGroup[] groups = await context.CallActivityAsync<ReminderSendGroup[]>(
                nameof(ReminderDeliveryActivity), new ReminderDeliveryInput(input.CycleId, input.Country, moment.AtUtc), ActivityRetry);
            if (groups.Length == 0)
            {
                Superseded(held.Clear());
                await NotifyAsync(moment.Moment, step, due, key);
                return;
            }

            foreach (ReminderSendGroup group in groups)
            {
                if (group.SendUtc <= moment.AtUtc)
                {
                    Superseded(held.Supersede(group.TimeZones.ToArray()));
                    await NotifyAsync(moment.Moment, step, due, key, timeZones: group.TimeZones);
                }
                else
                {
                    Superseded(held.Hold(new HeldReminder(group.SendUtc, moment.Moment, key, group.TimeZones)));
                    LogReminderHeld(log, context.InstanceId, step, moment.Moment, group.SendUtc);
                }
            }

            void Superseded(bool superseded)
            {
                if (superseded)
                {
                    LogReminderSuperseded(log, context.InstanceId, step, moment.Moment);
                }
            }
        }
    }
}
