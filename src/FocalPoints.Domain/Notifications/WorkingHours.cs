using System.Globalization;

namespace FocalPoints.Domain.Notifications;

/// <summary>
/// The hours in which people are written to, in their own time zone (<c>09:00-18:00</c>), or
/// <c>off</c> to send at once. A reminder that falls outside them waits for the next start of the
/// working day; one that falls inside goes at once. Nothing is dropped, so no day's reminder is skipped.
/// </summary>
public sealed record WorkingHours(TimeOnly Start, TimeOnly End, bool Enabled)
{
    public static WorkingHours Off { get; } = new(TimeOnly.MinValue, TimeOnly.MaxValue, false);

    public static WorkingHours Default { get; } = new(new TimeOnly(9, 0), new TimeOnly(18, 0), true);

    /// <summary>Parses <c>HH:mm-HH:mm</c> or <c>off</c>; <c>null</c> for anything else.</summary>
    public static WorkingHours? Parse(string? text)
    {
        if (string.Equals(text?.Trim(), "off", StringComparison.OrdinalIgnoreCase))
        {
            return Off;
        }

        string[] parts = (text ?? string.Empty).Split('-', StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out TimeOnly start)
            && TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out TimeOnly end)
            && start < end
                ? new WorkingHours(start, end, true)
                : null;
    }

    public override string ToString() => Enabled ? string.Create(CultureInfo.InvariantCulture, $"{Start:HH\\:mm}-{End:HH\\:mm}") : "off";

    /// <summary>When a message due at <paramref name="dueUtc"/> goes to someone in <paramref name="timeZone"/> (an IANA id; unknown zones count as UTC).</summary>
    public DateTime SendTime(DateTime dueUtc, string timeZone)
    {
        dueUtc = DateTime.SpecifyKind(dueUtc, DateTimeKind.Utc);
        if (!Enabled)
        {
            return dueUtc;
        }

        TimeZoneInfo zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out TimeZoneInfo? found) ? found : TimeZoneInfo.Utc;
        DateTime local = TimeZoneInfo.ConvertTimeFromUtc(dueUtc, zone);
        TimeOnly time = TimeOnly.FromDateTime(local);
        if (time >= Start && time < End)
        {
            return dueUtc;
        }

        DateTime day = time < Start ? local.Date : local.Date.AddDays(1);
        DateTime start = day + Start.ToTimeSpan();

        // A start that falls in a spring-forward gap does not exist locally: the day starts when the clocks resume.
        while (zone.IsInvalidTime(start))
        {
            start = start.AddMinutes(15);
        }

        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(start, DateTimeKind.Unspecified), zone);
    }
}
