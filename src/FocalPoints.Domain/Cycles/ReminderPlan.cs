using FocalPoints.Domain.Notifications;

namespace FocalPoints.Domain.Cycles;

/// <summary>One timed notification while a step waits for its submission.</summary>
public sealed record ReminderMoment(int Sequence, NotificationMoment Moment, DateTime AtUtc);

/// <summary>
/// When a waiting step's reminders fall: each <c>reminderOffsets</c> before the due date (only those
/// after the step opened), on the due date, every <c>overdueReminderEvery</c> after it, and one
/// escalation to the coordinators <c>escalateAfter</c> the due date. Moments are numbered so that a
/// workflow can walk them one by one and never send one twice or skip one.
/// </summary>
public static class ReminderPlan
{
    /// <summary>The moment with number <paramref name="sequence"/> (0-based) in time order.</summary>
    public static ReminderMoment At(CycleSchedule schedule, DateTime openedUtc, DateTime dueUtc, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        return Moments(schedule, openedUtc, dueUtc).ElementAt(sequence);
    }

    /// <summary>The moments in time order; the sequence never ends (overdue reminders repeat).</summary>
    public static IEnumerable<ReminderMoment> Moments(CycleSchedule schedule, DateTime openedUtc, DateTime dueUtc)
    {
        int sequence = 0;
        foreach (TimeSpan offset in schedule.ReminderOffsets.Distinct().OrderDescending())
        {
            DateTime at = dueUtc - offset;
            if (at > openedUtc)
            {
                yield return new ReminderMoment(sequence++, NotificationMoment.Reminder, at);
            }
        }

        yield return new ReminderMoment(sequence++, NotificationMoment.DueToday, dueUtc);

        DateTime escalation = dueUtc + schedule.EscalateAfter;
        bool escalated = false;
        for (long k = 1; ; k++)
        {
            DateTime overdue = dueUtc + (schedule.OverdueReminderEvery * k);
            if (!escalated && escalation < overdue)
            {
                escalated = true;
                yield return new ReminderMoment(sequence++, NotificationMoment.Escalation, escalation);
            }

            yield return new ReminderMoment(sequence++, NotificationMoment.Overdue, overdue);
            if (!escalated && escalation == overdue)
            {
                escalated = true;
                yield return new ReminderMoment(sequence++, NotificationMoment.Escalation, escalation);
            }
        }
    }
}
