using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Application.Cycles;

/// <summary>The filters of the network view as the request gives them (each optional).</summary>
public sealed record ProgressQuery(string CycleId, string? RegionalGroup, string? Status, string? Overdue);

/// <summary>The network view of a cycle with the countries that pass the filters (by ISO3), at <see cref="NowUtc"/>.</summary>
public sealed record NetworkProgress(NetworkView View, IReadOnlyList<StrategyProgress> Shown, DateTime NowUtc);

/// <summary>
/// The coordinators' view of a cycle (one partition query): coordinators only; the filters are
/// checked before the cycle is read; a cycle that does not exist is <see cref="NotFound"/>.
/// </summary>
public sealed class ReadNetworkProgress(IStrategyReads strategies, TimeProvider time)
{
    public async Task<Outcome<NetworkProgress>> ExecuteAsync(Caller? caller, ProgressQuery query, CancellationToken cancellationToken)
    {
        if (AccessControl.RequireCoordinator(caller).Failure is { } denied)
        {
            return denied;
        }

        var errors = new ValidationErrors();
        ProgressFilter? filter = ProgressFilter.Parse(query.RegionalGroup, query.Status, query.Overdue, errors);
        if (filter is null)
        {
            return new Invalid(errors);
        }

        NetworkView? view = CycleRules.IsValidCycleId(query.CycleId) ? await strategies.GetNetworkViewAsync(query.CycleId, cancellationToken) : null;
        if (view is null)
        {
            return new NotFound($"There is no cycle {query.CycleId}.");
        }

        DateTime now = time.GetUtcNow().UtcDateTime;
        StrategyProgress[] shown = view.Countries
            .Where(p => filter.Matches(p, now))
            .OrderBy(p => p.Country, StringComparer.Ordinal)
            .ToArray();
        return new NetworkProgress(view, shown, now);
    }
}
