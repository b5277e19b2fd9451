using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Ports;

/// <summary>What one cycle's partition holds of one country: its progress row, every submission and review, its drafts and its timeline.</summary>
public sealed record CountryCycleRows(
    StrategyProgress Progress,
    IReadOnlyList<StoredSubmission> Submissions,
    IReadOnlyList<StoredReview> Reviews,
    IReadOnlyDictionary<StrategyStep, string> Drafts,
    IReadOnlyList<AuditEvent> Timeline);

/// <summary>Reads for a country's own record. Reads only; it decides nothing.</summary>
public interface ICountryRecordReads
{
    /// <summary>
    /// Everything of <paramref name="country"/> in the partition of <paramref name="cycleId"/>, in one
    /// query (however many versions its steps have); <c>null</c> when the country takes no part in the cycle.
    /// </summary>
    Task<CountryCycleRows?> ReadCountryAsync(string cycleId, string country, CancellationToken cancellationToken);
}
