using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Ports;

/// <summary>
/// The one port that owns a country's strategy rows: it adds the strategies a cycle opens, loads a
/// strategy and saves what one of its transitions changed, and records in its timeline what was sent.
/// It decides nothing: the domain decides on what was loaded, and a conflict is the use case's to load
/// and decide again. Progress rows are written here and nowhere else.
/// </summary>
public interface IStrategyRepository
{
    /// <summary>
    /// Inserts each of <paramref name="started"/> (<see cref="StrategyProgress.StartFor"/>) that has no
    /// row yet; a row already there is left alone (it may have moved on), so a repeated or interrupted
    /// opening of a cycle finishes without undoing anything.
    /// </summary>
    Task AddMissingAsync(IReadOnlyList<StrategyProgress> started, CancellationToken cancellationToken);

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

    /// <summary>
    /// Records a message sent in the country's timeline (idempotent: the same event id and time are one
    /// line, and a later write of it, with its recipients, replaces the line a transition wrote).
    /// Not a transition: the strategy does not move.
    /// </summary>
    Task AddToTimelineAsync(AuditEvent sent, CancellationToken cancellationToken);
}

/// <summary>An Idempotency-Key of a submission of <paramref name="Step"/>, by its fingerprint.</summary>
public sealed record SubmissionKey(StrategyStep Step, string KeyHash);
