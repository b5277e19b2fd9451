using FocalPoints.Domain.Notifications;

namespace FocalPoints.Domain.Cycles;

/// <summary>
/// When the coordinators hear of a submission waiting for their review: <c>reviewDuration</c> is
/// their time to review, so they are reminded at each <c>reminderOffsets</c> before it ends that
/// falls after the submission (or once half-way when none does), and told once when it is overdue.
/// After that the weekly digest keeps listing the review as overdue; no repeated e-mails.
/// </summary>
public static class ReviewReminderPlan
{
    /// <summary>The review's due date for a submission received at <paramref name="submittedUtc"/>.</summary>
    public static DateTime DueUtc(CycleSchedule schedule, DateTime submittedUtc) => submittedUtc + schedule.ReviewDuration;

    /// <summary>The moments in time order, numbered from 0; the last is <see cref="NotificationMoment.ReviewOverdue"/>.</summary>
    public static IReadOnlyList<ReminderMoment> Moments(CycleSchedule schedule, DateTime submittedUtc)
    {
        DateTime due = DueUtc(schedule, submittedUtc);
        List<DateTime> reminders = schedule.ReminderOffsets
            .Distinct()
            .OrderDescending()
            .Select(offset => due - offset)
            .Where(at => at > submittedUtc)
            .ToList();
        if (reminders.Count == 0)
        {
            reminders.Add(submittedUtc + (schedule.ReviewDuration / 2));
        }

        return
        [
            .. reminders.Select((at, i) => new ReminderMoment(i, NotificationMoment.ReviewReminder, at)),
            new ReminderMoment(reminders.Count, NotificationMoment.ReviewOverdue, due),
        ];
    }
}
