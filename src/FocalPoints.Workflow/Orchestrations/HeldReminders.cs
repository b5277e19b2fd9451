using FocalPoints.Domain.Notifications;

namespace FocalPoints.Workflow.Orchestrations;

/// <summary>A reminder moment held until <paramref name="SendUtc"/>, the start of the working day in <paramref name="TimeZones"/>.</summary>
internal sealed record HeldReminder(DateTime SendUtc, NotificationMoment Moment, string Key, IReadOnlyList<string> TimeZones);

/// <summary>
/// The reminders of one waiting step that wait for their recipients' working hours, at most one per
/// time zone: a later reminder of the step replaces the one still held for that zone, so nobody gets
/// a night's reminders in a heap in the morning. Pure bookkeeping in the orchestrator's memory,
/// rebuilt the same way on every replay.
/// </summary>
internal sealed class HeldReminders
{
    private readonly List<HeldReminder> held = [];

    /// <summary>The held reminder whose hour comes first, or <c>null</c>.</summary>
    public HeldReminder? Earliest => held.Count == 0 ? null : held.MinBy(h => h.SendUtc);

    /// <summary>Holds <paramref name="reminder"/>; whatever was held for its zones is superseded.</summary>
    /// <returns>Whether it superseded an earlier reminder.</returns>
    public bool Hold(HeldReminder reminder)
    {
        bool superseded = Supersede(reminder.TimeZones);
        held.Add(reminder);
        return superseded;
    }

    /// <summary>Drops what was held for <paramref name="timeZones"/> (a later reminder went to them).</summary>
    /// <returns>Whether anything was dropped.</returns>
    public bool Supersede(IReadOnlyCollection<string> timeZones)
    {
        bool dropped = false;
        for (int i = held.Count - 1; i >= 0; i--)
        {
            string[] left = held[i].TimeZones.Where(z => !timeZones.Contains(z)).ToArray();
            if (left.Length == held[i].TimeZones.Count)
            {
                continue;
            }

            dropped = true;
            if (left.Length == 0)
            {
                held.RemoveAt(i);
            }
            else
            {
                held[i] = held[i] with { TimeZones = left };
            }
        }

        return dropped;
    }

    /// <summary>Everything held is superseded (a later reminder went to every focal point).</summary>
    public bool Clear()
    {
        bool any = held.Count > 0;
        held.Clear();
        return any;
    }

    public void Release(HeldReminder reminder) => held.Remove(reminder);
}
