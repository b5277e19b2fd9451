using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Cycles;

/// <summary>
/// Who reads a timeline, and so whom it may name. Coordinators see every address. A focal point sees
/// its own country's focal points by address and everyone else as a role and a count
/// (<c>to fp@civ.example and 1 coordinator</c>): the coordinators' addresses are closed to focal
/// points (<c>/api/network/coordinators</c> is 403 for them), and an audit line must not open them.
/// </summary>
public sealed record TimelineReader(bool SeesEveryone, IReadOnlySet<string> Named, IReadOnlySet<string> Coordinators)
{
    public static TimelineReader Coordinator { get; } = new(true, new HashSet<string>(), new HashSet<string>());

    public static TimelineReader FocalPoint(IEnumerable<string> countrysFocalPoints, IEnumerable<string> coordinators) =>
        new(false, countrysFocalPoints.ToHashSet(StringComparer.OrdinalIgnoreCase), coordinators.ToHashSet(StringComparer.OrdinalIgnoreCase));

    public TimelineEventView View(AuditEvent e)
    {
        TimelineRecipients? to = Recipients(e);
        return new(e.AtUtc, e.Kind, e.Step, Actor(e), to is null ? ReviewDetail(e) : Line(to), to);
    }

    // Only coordinators review and cancel, so those actors are coordinators even after leaving the list.
    private string Actor(AuditEvent e) => Person(e.Actor, coordinatorsAct: e.Kind is "review" or "cancelled");

    /// <summary>How <paramref name="actor"/> is named to this reader; <paramref name="coordinatorsAct"/> when only coordinators do what they did (review, cancel).</summary>
    public string Person(string actor, bool coordinatorsAct) =>
        SeesEveryone || actor == AuditEvent.SystemActor || Named.Contains(actor) ? actor
        : Coordinators.Contains(actor) || coordinatorsAct ? "coordinator"
        : "someone no longer in the directory";

    // Review lines of the first release ended with the comments ("return: ..."); only coordinators read them there.
    private string? ReviewDetail(AuditEvent e) => e.Kind == "review" && !SeesEveryone ? e.Detail?.Split(':')[0] : e.Detail;

    /// <summary>A message's recipients as this reader may see them; <c>null</c> for an event that is no message.</summary>
    private TimelineRecipients? Recipients(AuditEvent e)
    {
        if (e.Recipients is not { Count: > 0 } to)
        {
            return null;
        }

        if (SeesEveryone)
        {
            return new TimelineRecipients([.. to], 0, 0);
        }

        string[] named = [.. to.Where(Named.Contains)];
        int coordinators = to.Count(r => !Named.Contains(r) && Coordinators.Contains(r));
        return new TimelineRecipients(named, coordinators, to.Count - named.Length - coordinators);
    }

    /// <summary>The recipients in the English line of <see cref="TimelineEventView.Detail"/> (<c>to a@b and 1 coordinator</c>).</summary>
    private string Line(TimelineRecipients to)
    {
        if (SeesEveryone)
        {
            return $"to {string.Join(", ", to.Named)}";
        }

        string[] parts = [.. to.Named, .. Counted(to.Coordinators, "coordinator", "coordinators"), .. Counted(to.Others, "other person", "other people")];
        return parts.Length == 1 ? $"to {parts[0]}" : $"to {string.Join(", ", parts[..^1])} and {parts[^1]}";
    }

    private static IEnumerable<string> Counted(int count, string one, string many) =>
        count switch
        {
            0 => [],
            1 => [$"1 {one}"],
            _ => [$"{count} {many}"],
        };
}
