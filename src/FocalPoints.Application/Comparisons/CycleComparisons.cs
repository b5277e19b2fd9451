using FocalPoints.Application.Ports;
using FocalPoints.Application.Strategies;
using FocalPoints.Domain.Comparisons;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Summaries;

namespace FocalPoints.Application.Comparisons;

/// <summary>
/// Builds a country's comparison with its previous cycle (<see cref="CycleComparer"/> decides). The
/// previous cycle is the one opened last before this one (by the time its row was created) whose
/// countries include the country; the country's strategy there is one point read, its approved
/// content one read per approved step, its recommendations the country's follow-ups (one partition).
/// </summary>
public sealed class CycleComparisons(ICycleStore cycles, IStrategyRepository strategies, ApprovedStrategies approved, IPeerReviewStore reviews, TimeProvider time)
{
    /// <summary>Today (UTC): actions ending before it are completed, recommendations due before it overdue.</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>The comparison of <paramref name="progress"/> (a strategy of <paramref name="cycle"/>) for <paramref name="audience"/>.</summary>
    public async Task<CycleComparison> BuildAsync(StrategyProgress progress, CycleRecord cycle, SummaryAudience audience, CancellationToken cancellationToken) =>
        await BuildAsync(progress, cycle, await cycles.ListCyclesAsync(cancellationToken), audience, cancellationToken);

    /// <summary>The same, with every cycle already read (the digest reads them once for all countries).</summary>
    public async Task<CycleComparison> BuildAsync(StrategyProgress progress, CycleRecord cycle, IReadOnlyList<CycleRecord> allCycles, SummaryAudience audience, CancellationToken cancellationToken)
    {
        var now = new ComparedCycle(cycle.Definition.CycleId, cycle.Definition.Title, await approved.LoadAsync(progress, cancellationToken));
        if (Previous(progress.Country, cycle, allCycles) is not { } previous
            || await strategies.LoadAsync(previous.Definition.CycleId, progress.Country, null, cancellationToken) is not { } earlier)
        {
            return CycleComparison.First(progress.Country, cycle.Definition.CycleId, audience);
        }

        FollowUps followUps = await reviews.ListCountryFollowUpsAsync(progress.Country, cancellationToken);
        return CycleComparer.Compare(
            progress.Country,
            now,
            new ComparedCycle(previous.Definition.CycleId, previous.Definition.Title, await approved.LoadAsync(earlier.Progress, cancellationToken)),
            followUps.Recommendations.Where(r => r.Country == progress.Country).ToArray(),
            Today,
            audience);
    }

    /// <summary>The cycle the country took part in last before <paramref name="cycle"/>, if any.</summary>
    public static CycleRecord? Previous(string country, CycleRecord cycle, IEnumerable<CycleRecord> allCycles) =>
        allCycles
            .Where(c => c.Definition.CycleId != cycle.Definition.CycleId && c.CreatedUtc < cycle.CreatedUtc && c.Definition.Countries.Contains(country))
            .OrderByDescending(c => c.CreatedUtc)
            .ThenByDescending(c => c.Definition.CycleId, StringComparer.Ordinal)
            .FirstOrDefault();
}
