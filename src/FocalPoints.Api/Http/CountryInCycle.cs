using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;
using FocalPoints.Infrastructure.Storage;
using Microsoft.AspNetCore.Http;

namespace FocalPoints.Api.Http;

/// <summary>
/// The one way routes find a country's strategy from <c>{cycleId}</c> and <c>{iso3}</c>: 400 for a
/// code that is not a UN Member State, 404 when the country takes no part in the cycle.
/// </summary>
public static class CountryInCycle
{
    public static async Task<(Versioned<StrategyProgress>? Progress, IResult? Problem)> FindAsync(ICycleStore cycles, string cycleId, string iso3, CancellationToken cancellationToken)
    {
        if (!UnMemberStates.IsMember(iso3))
        {
            return (null, Problems.Validation("iso3", $"'{iso3}' is not the ISO 3166-1 alpha-3 code of a UN Member State."));
        }

        Versioned<StrategyProgress>? progress = CycleRules.IsValidCycleId(cycleId) ? await cycles.GetProgressAsync(cycleId, iso3, cancellationToken) : null;
        return progress is null ? (null, Problems.NotFound($"{iso3} takes no part in cycle {cycleId}.")) : (progress, null);
    }
}
