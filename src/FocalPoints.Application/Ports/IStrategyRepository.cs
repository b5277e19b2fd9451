using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Ports;

/// <summary>
/// Loads a country's strategy and saves what one of its transitions changed. It decides nothing: the
/// domain decides on what was loaded, and a conflict is the use case's to load and decide again.
/// </summary>
public interface IStrategyRepository
{
    /// <summary>
    /// The strategy (its progress row and ETag), <c>null</c> when the country takes no part in the
    /// cycle; with <paramref name="key"/>, also what that Idempotency-Key stored for the step (read
    /// beside the row, not after it).
    /// </summary>
    Task<Strategy?> LoadAsync(string cycleId, string country, SubmissionKey? key, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="change"/> whole in one transaction: the progress row if it still has the
    /// change's ETag, and the rows that come with it (a version, a review, the audit line, the
    /// workflow's event, the key). <c>false</c> when another writer moved the row or took the key
    /// first: nothing was written.
    /// </summary>
    Task<bool> SaveAsync(StrategyChange change, CancellationToken cancellationToken);
}

/// <summary>An Idempotency-Key of a submission of <paramref name="Step"/>, by its fingerprint.</summary>
public sealed record SubmissionKey(StrategyStep Step, string KeyHash);
