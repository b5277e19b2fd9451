using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;

namespace FocalPoints.Application.Cycles;

/// <summary>A cycle as its caller sees it in a list: <see cref="MyCountries"/> are the caller's own countries in it (empty for coordinators).</summary>
public sealed record CycleOfCaller(CycleRecord Cycle, IReadOnlyList<string> MyCountries);

/// <summary>
/// The cycles the caller works on, newest first: every cycle for coordinators; for focal points the
/// cycles holding one of their countries; nothing for anyone else.
/// </summary>
public sealed class ListCycles(AccessControl access, ICycleStore cycles)
{
    public async Task<Outcome<CycleOfCaller[]>> ExecuteAsync(Caller? signedIn, CancellationToken cancellationToken)
    {
        if (AccessControl.Identify(signedIn) is { Failure: { } unknown })
        {
            return unknown;
        }

        Caller caller = signedIn!;
        HashSet<string> mine = caller.IsCoordinator ? [] : (await access.CountriesOfAsync(caller, cancellationToken)).Select(m => m.Iso3).ToHashSet(StringComparer.Ordinal);
        if (!caller.IsCoordinator && mine.Count == 0)
        {
            return Array.Empty<CycleOfCaller>();
        }

        return (await cycles.ListCyclesAsync(cancellationToken))
            .Select(c => new CycleOfCaller(c, c.Definition.Countries.Where(mine.Contains).Order(StringComparer.Ordinal).ToArray()))
            .Where(c => caller.IsCoordinator || c.MyCountries.Count > 0)
            .OrderByDescending(c => c.Cycle.CreatedUtc)
            .ThenBy(c => c.Cycle.Definition.CycleId, StringComparer.Ordinal)
            .ToArray();
    }
}
