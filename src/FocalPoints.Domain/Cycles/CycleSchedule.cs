using System.Xml;

namespace FocalPoints.Domain.Cycles;

/// <summary>
/// The timing of a cycle: how long each step and each review lasts, when reminders fall. Durations
/// are data (ISO 8601 in the API) so that a test or demo can run a cycle in seconds.
/// </summary>
public sealed record CycleSchedule(
    TimeSpan StepDuration,
    TimeSpan ReviewDuration,
    IReadOnlyList<TimeSpan> ReminderOffsets,
    TimeSpan OverdueReminderEvery,
    TimeSpan EscalateAfter)
{
    /// <summary>The schedule in the API's ISO 8601 form.</summary>
    public ScheduleInput ToInput() => new(
        Iso8601.Format(StepDuration),
        Iso8601.Format(ReviewDuration),
        ReminderOffsets.Select(Iso8601.Format).ToArray(),
        Iso8601.Format(OverdueReminderEvery),
        Iso8601.Format(EscalateAfter));
}

/// <summary>The schedule as JSON carries it: ISO 8601 durations.</summary>
public sealed record ScheduleInput(
    string? StepDuration,
    string? ReviewDuration,
    IReadOnlyList<string>? ReminderOffsets,
    string? OverdueReminderEvery,
    string? EscalateAfter);

/// <summary>ISO 8601 durations through the XML Schema <c>duration</c> type, which is the same grammar.</summary>
public static class Iso8601
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text) || !text.StartsWith('P'))
        {
            return false;
        }

        try
        {
            duration = XmlConvert.ToTimeSpan(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    public static string Format(TimeSpan duration) => XmlConvert.ToString(duration);
}
