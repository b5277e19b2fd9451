using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Notifications;

namespace FocalPoints.Domain.Tests.Cycles;

public class ReminderPlanTests
{
    private static readonly DateTime Opened = new(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Due = Opened.AddDays(60);

    [Fact]
    public void Reminders_fall_before_on_and_after_the_due_date_with_one_escalation()
    {
        var schedule = new CycleSchedule(TimeSpan.FromDays(60), TimeSpan.FromDays(14), [TimeSpan.FromDays(1), TimeSpan.FromDays(7)], TimeSpan.FromDays(7), TimeSpan.FromDays(10));
        ReminderMoment[] moments = ReminderPlan.Moments(schedule, Opened, Due).Take(6).ToArray();

        Assert.Equal(
            [
                (NotificationMoment.Reminder, Due.AddDays(-7)),
                (NotificationMoment.Reminder, Due.AddDays(-1)),
                (NotificationMoment.DueToday, Due),
                (NotificationMoment.Overdue, Due.AddDays(7)),
                (NotificationMoment.Escalation, Due.AddDays(10)),
                (NotificationMoment.Overdue, Due.AddDays(14)),
            ],
            moments.Select(m => (m.Moment, m.AtUtc)));
        Assert.Equal([0, 1, 2, 3, 4, 5], moments.Select(m => m.Sequence));
    }

    [Fact]
    public void Escalation_on_an_overdue_day_comes_after_that_reminder_and_only_once()
    {
        var schedule = new CycleSchedule(TimeSpan.FromDays(60), TimeSpan.FromDays(14), [], TimeSpan.FromDays(7), TimeSpan.FromDays(14));
        var moments = ReminderPlan.Moments(schedule, Opened, Due).Take(8).ToArray();
        Assert.Equal(NotificationMoment.Overdue, moments[2].Moment);
        Assert.Equal(NotificationMoment.Escalation, moments[3].Moment);
        Assert.Equal(moments[2].AtUtc, moments[3].AtUtc);
        Assert.Single(moments, m => m.Moment == NotificationMoment.Escalation);
    }

    [Fact]
    public void Offsets_before_the_step_opened_are_skipped()
    {
        var schedule = new CycleSchedule(TimeSpan.FromDays(5), TimeSpan.FromDays(1), [TimeSpan.FromDays(7), TimeSpan.FromDays(1)], TimeSpan.FromDays(7), TimeSpan.FromDays(14));
        ReminderMoment first = ReminderPlan.At(schedule, Opened, Opened.AddDays(5), 0);
        Assert.Equal(Opened.AddDays(4), first.AtUtc);
    }
}
