using FocalPoints.Domain.Cycles;

namespace FocalPoints.Portal.Pages.Coordinator;

/// <summary>The units a person counts a cycle's durations in (never seconds: those are for tests and demos only).</summary>
public enum DurationUnit
{
    Days,
    Weeks,
}

/// <summary>A duration as a person gives it: an amount of days or weeks; the API receives it in ISO 8601.</summary>
public sealed class DurationChoice(int amount, DurationUnit unit)
{
    public int Amount { get; set; } = amount;

    public DurationUnit Unit { get; set; } = unit;

    public static DurationChoice Days(int amount) => new(amount, DurationUnit.Days);

    public static DurationChoice Weeks(int amount) => new(amount, DurationUnit.Weeks);

    public int TotalDays => Unit == DurationUnit.Weeks ? Amount * 7 : Amount;

    /// <summary>The duration as the API takes it: 3 weeks is <c>P21D</c>.</summary>
    public string ToIso8601() => Iso8601.Format(TimeSpan.FromDays(TotalDays));

    public DurationChoice Copy() => new(Amount, Unit);
}

/// <summary>A cycle's timing as the "Open a cycle" form holds it.</summary>
public sealed class ScheduleChoice(DurationChoice step, DurationChoice review, IEnumerable<DurationChoice> reminders, DurationChoice overdueEvery, DurationChoice escalateAfter)
{
    /// <summary>How long a country has for each step.</summary>
    public DurationChoice Step { get; } = step;

    /// <summary>How long the coordinators have to review a submission.</summary>
    public DurationChoice Review { get; } = review;

    /// <summary>Reminders this long before a step is due.</summary>
    public List<DurationChoice> Reminders { get; } = [.. reminders];

    /// <summary>Once overdue, a reminder this often.</summary>
    public DurationChoice OverdueEvery { get; } = overdueEvery;

    /// <summary>Coordinators are told when a step is this long overdue.</summary>
    public DurationChoice EscalateAfter { get; } = escalateAfter;

    /// <summary>The schedule in the API's ISO 8601 form (<c>POST /api/cycles</c>).</summary>
    public ScheduleInput ToInput() => new(
        Step.ToIso8601(),
        Review.ToIso8601(),
        Reminders.Select(r => r.ToIso8601()).ToArray(),
        OverdueEvery.ToIso8601(),
        EscalateAfter.ToIso8601());

    public ScheduleChoice Copy() => new(Step.Copy(), Review.Copy(), Reminders.Select(r => r.Copy()), OverdueEvery.Copy(), EscalateAfter.Copy());
}

/// <summary>Schedules people understand at a glance; "Custom" starts from the first and shows its five durations.</summary>
public static class SchedulePresets
{
    public const string Custom = "Custom";

    /// <summary>The presets by key (the key names the label in the page's resources).</summary>
    public static IReadOnlyList<(string Key, Func<ScheduleChoice> Schedule)> All { get; } =
    [
        // 60-day steps, 14 days to review, reminders a week and a day before, overdue reminders weekly, escalate after 14 days.
        ("Steps60", () => new ScheduleChoice(DurationChoice.Days(60), DurationChoice.Days(14), [DurationChoice.Days(7), DurationChoice.Days(1)], DurationChoice.Days(7), DurationChoice.Days(14))),

        // 90-day steps, 21 days to review, reminders two weeks, a week and a day before, overdue reminders weekly, escalate after 14 days.
        ("Steps90", () => new ScheduleChoice(DurationChoice.Days(90), DurationChoice.Days(21), [DurationChoice.Days(14), DurationChoice.Days(7), DurationChoice.Days(1)], DurationChoice.Days(7), DurationChoice.Days(14))),

        // 30-day steps, 7 days to review, reminders three days and a day before, overdue reminders every three days, escalate after 7 days.
        ("Steps30", () => new ScheduleChoice(DurationChoice.Days(30), DurationChoice.Days(7), [DurationChoice.Days(3), DurationChoice.Days(1)], DurationChoice.Days(3), DurationChoice.Days(7))),
    ];

    /// <summary>A fresh copy of the preset named <paramref name="key"/> (Custom: the first preset, to edit).</summary>
    public static ScheduleChoice Get(string key) =>
        (All.FirstOrDefault(p => p.Key == key).Schedule ?? All[0].Schedule)();
}
