namespace FocalPoints.Domain.Cycles;

/// <summary>
/// How short and how long a cycle's durations may be. Outside Development a schedule is for people:
/// steps, reviews, reminders and escalations from an hour to two years, overdue reminders at most
/// daily, at most ten reminders, each at least the shortest duration from the others. Development (the self-host's local default, the demo, the tests) runs cycles in seconds, from
/// one second up. The longest bound is the same everywhere, so no accepted schedule can reach a date
/// the workflow cannot represent, and no schedule can send mail faster than once a second.
/// </summary>
/// <param name="Shortest">The shortest step, review, reminder offset and escalation.</param>
/// <param name="ShortestOverdueEvery">The shortest time between two overdue reminders.</param>
public sealed record ScheduleBounds(TimeSpan Shortest, TimeSpan ShortestOverdueEvery)
{
    /// <summary>The most reminders before a due date: more would be noise, and each one is a message to every focal point.</summary>
    public const int MostReminders = 10;

    /// <summary>The longest of any duration: two years (P2Y and P730D both fit).</summary>
    public static TimeSpan Longest { get; } = TimeSpan.FromDays(731);

    /// <summary>Schedules that people outside Development live with.</summary>
    public static ScheduleBounds ForPeople { get; } = new(TimeSpan.FromHours(1), TimeSpan.FromDays(1));

    /// <summary>Seconds-long schedules for a local run, the demo and the tests.</summary>
    public static ScheduleBounds ForDevelopment { get; } = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

    /// <summary>The bounds of a host: <see cref="ForDevelopment"/> in Development, <see cref="ForPeople"/> everywhere else.</summary>
    public static ScheduleBounds For(bool isDevelopment) => isDevelopment ? ForDevelopment : ForPeople;
}
