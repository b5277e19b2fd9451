using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Notifications;

namespace FocalPoints.Domain.Tests.Cycles;

public class ReviewReminderPlanTests
{
    private static readonly DateTime Submitted = new(2027, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Coordinators_are_reminded_at_each_offset_inside_the_review_time_then_told_once_it_is_overdue()
    {
        var schedule = new CycleSchedule(TimeSpan.FromDays(60), TimeSpan.FromDays(14), [TimeSpan.FromDays(1), TimeSpan.FromDays(7), TimeSpan.FromDays(30)], TimeSpan.FromDays(7), TimeSpan.FromDays(14));

        IReadOnlyList<ReminderMoment> moments = ReviewReminderPlan.Moments(schedule, Submitted);

        Assert.Equal(
            [
                new ReminderMoment(0, NotificationMoment.ReviewReminder, Submitted.AddDays(7)),
                new ReminderMoment(1, NotificationMoment.ReviewReminder, Submitted.AddDays(13)),
                new ReminderMoment(2, NotificationMoment.ReviewOverdue, Submitted.AddDays(14)),
            ],
            moments);
    }

    [Fact]
    public void Without_an_offset_inside_the_review_time_the_reminder_falls_half_way()
    {
        var schedule = new CycleSchedule(TimeSpan.FromDays(60), TimeSpan.FromDays(2), [TimeSpan.FromDays(7)], TimeSpan.FromDays(7), TimeSpan.FromDays(14));

        IReadOnlyList<ReminderMoment> moments = ReviewReminderPlan.Moments(schedule, Submitted);

        Assert.Equal([(NotificationMoment.ReviewReminder, Submitted.AddDays(1)), (NotificationMoment.ReviewOverdue, Submitted.AddDays(2))], moments.Select(m => (m.Moment, m.AtUtc)));
    }
}
