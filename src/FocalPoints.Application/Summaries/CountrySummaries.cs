using FocalPoints.Application.Strategies;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Summaries;

namespace FocalPoints.Application.Summaries;

/// <summary>
/// Builds a country's summary from its approved steps, for an audience (what it may read decides what
/// is shown). The country's name comes from its code (<see cref="CountryNames"/>), never from a name
/// typed into the directory; a reader in another language reads <see cref="CountrySummary.Country"/>
/// through <see cref="CountryNames.Name(string, Language)"/>.
/// </summary>
public sealed class CountrySummaries(ApprovedStrategies approved, TimeProvider time)
{
    /// <summary>Today (UTC), the date a summary is written on.</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task<CountrySummary> BuildAsync(StrategyProgress progress, string cycleTitle, DateOnly today, SummaryAudience audience, CancellationToken cancellationToken) =>
        SummaryBuilder.Build(progress.Country, CountryNames.Name(progress.Country, Language.En), progress.CycleId, cycleTitle, today, audience,
            await approved.LoadAsync(progress, cancellationToken));
}
