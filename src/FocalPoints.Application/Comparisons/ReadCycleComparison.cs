using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Strategies;
using FocalPoints.Domain.Comparisons;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Summaries;

namespace FocalPoints.Application.Comparisons;

/// <summary>
/// A country's cycle against its previous one, with its early warnings: for the coordinators and the
/// country's own focal points only (anyone else is refused before the cycle is looked at).
/// </summary>
public sealed class ReadCycleComparison(StrategyAccess strategies, ICycleStore cycles, CycleComparisons comparisons)
{
    public async Task<Outcome<CycleComparison>> ExecuteAsync(Caller? caller, string cycleId, string iso3, CancellationToken cancellationToken)
    {
        Outcome<StrategyProgress> progress = await strategies.FindAsync(caller, cycleId, iso3, coordinatorsToo: true, cancellationToken);
        if (progress.Failure is { } failure)
        {
            return failure;
        }

        // A progress row exists only in a cycle's partition, so the cycle is there too.
        CycleRecord cycle = (await cycles.GetCycleAsync(cycleId, cancellationToken))!;
        return await comparisons.BuildAsync(progress.Value, cycle, SummaryAudience.Internal, cancellationToken);
    }
}
