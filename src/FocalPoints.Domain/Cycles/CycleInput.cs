using System.Text.RegularExpressions;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Domain.Cycles;

/// <summary>The body of <c>POST /api/cycles</c>.</summary>
public sealed record CycleInput(string? CycleId, string? Title, IReadOnlyList<string>? Countries, ScheduleInput? Schedule);

/// <summary>A validated cycle definition.</summary>
public sealed record CycleDefinition(string CycleId, string Title, IReadOnlyList<string> Countries, CycleSchedule Schedule);

/// <summary>The rules for opening a cycle.</summary>
public static partial class CycleRules
{
    /// <summary>A cycle id: 1–32 of <c>A-Za-z0-9-_</c>.</summary>
    public static bool IsValidCycleId(string? cycleId) => cycleId is not null && CycleIdPattern().IsMatch(cycleId);

    /// <summary>Validates the request; the directory check (every country registered) is the caller's.</summary>
    /// <param name="input">The request.</param>
    /// <param name="errors">Where the problems go, by JSON path.</param>
    /// <param name="bounds">How short and long the schedule's durations may be where the cycle runs.</param>
    public static CycleDefinition? Validate(CycleInput input, ValidationErrors errors, ScheduleBounds bounds)
    {
        if (!IsValidCycleId(input.CycleId))
        {
            errors.Add("$.cycleId", "1 to 32 characters of A-Z, a-z, 0-9, - and _.");
        }

        errors.CheckText("$.title", input.Title, required: true);
        IReadOnlyList<string> countries = input.Countries ?? [];
        if (countries.Count == 0)
        {
            errors.Add("$.countries", "At least one country is needed.");
        }

        if (!errors.CheckCount("$.countries", countries, ContentLimits.CycleCountries))
        {
            countries = [];
        }

        for (int i = 0; i < countries.Count; i++)
        {
            if (!UnMemberStates.IsMember(countries[i]))
            {
                errors.Add($"$.countries[{i}]", $"'{countries[i]}' is not the ISO 3166-1 alpha-3 code of a UN Member State.");
            }
        }

        foreach (string duplicate in countries.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            errors.Add("$.countries", $"{duplicate} is listed more than once.");
        }

        CycleSchedule? schedule = ValidateSchedule(input.Schedule, errors, bounds);
        return errors.IsEmpty
            ? new CycleDefinition(input.CycleId!, input.Title!.Trim(), countries.ToArray(), schedule!)
            : null;
    }

    private static CycleSchedule? ValidateSchedule(ScheduleInput? input, ValidationErrors errors, ScheduleBounds bounds)
    {
        if (input is null)
        {
            errors.Add("$.schedule", "Required.");
            return null;
        }

        TimeSpan step = Duration(errors, "$.schedule.stepDuration", input.StepDuration, bounds.Shortest);
        TimeSpan review = Duration(errors, "$.schedule.reviewDuration", input.ReviewDuration, bounds.Shortest);
        TimeSpan every = Duration(errors, "$.schedule.overdueReminderEvery", input.OverdueReminderEvery, bounds.ShortestOverdueEvery);
        TimeSpan escalate = Duration(errors, "$.schedule.escalateAfter", input.EscalateAfter, bounds.Shortest);
        var offsets = new List<TimeSpan>();
        for (int i = 0; i < (input.ReminderOffsets?.Count ?? 0); i++)
        {
            offsets.Add(Duration(errors, $"$.schedule.reminderOffsets[{i}]", input.ReminderOffsets![i], bounds.Shortest));
        }

        CheckReminderSpacing(offsets, bounds, errors);
        return new CycleSchedule(step, review, offsets, every, escalate);
    }

    /// <summary>At most <see cref="ScheduleBounds.MostReminders"/> reminders, each at least the shortest duration from the others.</summary>
    private static void CheckReminderSpacing(List<TimeSpan> offsets, ScheduleBounds bounds, ValidationErrors errors)
    {
        if (offsets.Count > ScheduleBounds.MostReminders)
        {
            errors.Add("$.schedule.reminderOffsets", $"At most {ScheduleBounds.MostReminders} reminders.");
        }

        for (int i = 0; i < offsets.Count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (offsets[i] > TimeSpan.Zero && offsets[j] > TimeSpan.Zero && (offsets[i] - offsets[j]).Duration() < bounds.Shortest)
                {
                    errors.Add($"$.schedule.reminderOffsets[{i}]", $"Less than {Iso8601.Format(bounds.Shortest)} from reminder {j + 1}.");
                    break;
                }
            }
        }
    }

    private static TimeSpan Duration(ValidationErrors errors, string path, string? text, TimeSpan shortest)
    {
        if (!Iso8601.TryParse(text, out TimeSpan duration) || duration <= TimeSpan.Zero)
        {
            errors.Add(path, "A positive ISO 8601 duration, e.g. P14D or PT2S.");
        }
        else if (duration < shortest || duration > ScheduleBounds.Longest)
        {
            errors.Add(path, $"From {Iso8601.Format(shortest)} to {Iso8601.Format(ScheduleBounds.Longest)}.");
        }

        return duration;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex CycleIdPattern();
}
