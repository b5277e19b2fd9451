using FocalPoints.Application.Comparisons;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Comparisons;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Summaries;

namespace FocalPoints.Workflow.Digest;

/// <summary>A country's early warnings in a cycle.</summary>
public sealed record CountryWarnings(string Country, IReadOnlyList<EarlyWarning> Warnings)
{
    /// <summary>
    /// The digest lines: one per factor when every warning may be named, else one line naming none
    /// (mail leaves the portal: a factor of a confidential risk assessment is not written into it).
    /// </summary>
    public IReadOnlyList<DigestEntry> Lines =>
        Warnings.Any(w => w.Confidential)
            ? [new DigestEntry(Country, StrategyStep.RiskAssessment, DigestState.EarlyWarning)]
            : [.. Warnings.Select(w => new DigestEntry(Country, StrategyStep.RiskAssessment, DigestState.EarlyWarning, w.FactorId))];
}

/// <summary>
/// The early warnings of a cycle's countries (those not cancelled), each from its comparison with its
/// previous cycle (<see cref="CycleComparisons"/>); the digest's weekly job, not a request's: a few
/// reads per country.
/// </summary>
public sealed class EarlyWarnings(CycleComparisons comparisons)
{
    public async Task<IReadOnlyList<CountryWarnings>> OfCycleAsync(NetworkView view, IReadOnlyList<CycleRecord> allCycles, CancellationToken cancellationToken)
    {
        var found = new List<CountryWarnings>();
        foreach (StrategyProgress progress in view.Countries.Where(c => c.Status != StrategyStatus.Cancelled).OrderBy(c => c.Country, StringComparer.Ordinal))
        {
            if (CycleComparisons.Previous(progress.Country, view.Cycle, allCycles) is null)
            {
                continue;
            }

            CycleComparison comparison = await comparisons.BuildAsync(progress, view.Cycle, allCycles, SummaryAudience.Internal, cancellationToken);
            if (comparison.Warnings.Count > 0)
            {
                found.Add(new CountryWarnings(progress.Country, comparison.Warnings));
            }
        }

        return found;
    }
}
