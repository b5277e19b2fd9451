using FocalPoints.Domain.Notifications;

namespace FocalPoints.Workflow.Activities;

/// <summary>Groups time zones by when a reminder due at one instant reaches their working day.</summary>
public static class ReminderSendGroups
{
    /// <summary>One group per send time, earliest first; zones in ordinal order so the answer is stable.</summary>
    public static ReminderSendGroup[] For(WorkingHours hours, DateTime dueUtc, IEnumerable<string> timeZones) => timeZones
        .Distinct(StringComparer.Ordinal)
        .GroupBy(zone => hours.SendTime(dueUtc, zone))
        .OrderBy(g => g.Key)
        .Select(g => new ReminderSendGroup(g.Key, g.Order(StringComparer.Ordinal).ToArray()))
        .ToArray();
}
