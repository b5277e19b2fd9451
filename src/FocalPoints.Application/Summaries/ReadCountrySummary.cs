using FocalPoints.Application.Access;
using FocalPoints.Application.Comparisons;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Strategies;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Summaries;

namespace FocalPoints.Application.Summaries;

/// <summary>A country's summary in the internal edition, with its comparison to the previous cycle and its early warnings: for coordinators and the country's own focal points.</summary>
public sealed class ReadCountrySummary(StrategyAccess strategies, ICycleStore cycles, CountrySummaries summaries, CycleComparisons comparisons)
{
    public async Task<Outcome<CountrySummary>> ExecuteAsync(Caller? caller, string cycleId, string iso3, CancellationToken cancellationToken)
    {
        Outcome<StrategyProgress> progress = await strategies.FindAsync(caller, cycleId, iso3, coordinatorsToo: true, cancellationToken);
        if (progress.Failure is { } failure)
        {
            return failure;
        }

        // A progress row exists only in a cycle's partition, so the cycle is there too.
        CycleRecord cycle = (await cycles.GetCycleAsync(cycleId, cancellationToken))!;
        CountrySummary summary = await summaries.BuildAsync(progress.Value, cycle.Definition.Title, summaries.Today, SummaryAudience.Internal, cancellationToken);
        return summary with { Comparison = await comparisons.BuildAsync(progress.Value, cycle, SummaryAudience.Internal, cancellationToken) };
    }
}
