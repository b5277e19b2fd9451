using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Ports;

/// <summary>
/// A request to store a submission: the content as canonical JSON, never logged. <see cref="Read"/>
/// is the progress row the caller already read, if any: the store starts from it instead of reading
/// it again, and reads afresh only when another writer moved it.
/// </summary>
public sealed record SubmitCommand(
    string CycleId,
    string Country,
    StrategyStep Step,
    string ContentJson,
    string? IdempotencyKey,
    string Actor,
    DateTime NowUtc)
{
    public Versioned<StrategyProgress>? Read { get; init; }
}

public enum SubmitResult
{
    Accepted,
    Duplicate,
    Refused,
    IdempotencyKeyReused,
}

/// <summary>What happened to a submission: accepted as <see cref="Version"/>, a repeat of one, or refused with a reason.</summary>
public sealed record SubmitOutcome(SubmitResult Result, int Version, string? Reason, PendingWorkflowEvent? HandOver = null);

/// <summary>
/// A coordinator's review to store; <see cref="Read"/> as for <see cref="SubmitCommand"/>.
/// <paramref name="StepDuration"/> is the cycle's: an approval opens the next step in the same write.
/// </summary>
public sealed record ReviewCommand(
    string CycleId,
    string Country,
    StrategyStep Step,
    ReviewDecision Decision,
    string? Comments,
    string Actor,
    DateTime NowUtc,
    TimeSpan StepDuration)
{
    public Versioned<StrategyProgress>? Read { get; init; }
}

/// <summary>What happened to a review: stored against submission <see cref="Version"/>, or refused with a reason.</summary>
public sealed record ReviewOutcome(bool Accepted, int Version, string? Reason, PendingWorkflowEvent? HandOver = null);

/// <summary>An immutable submitted version of a step.</summary>
public sealed record StoredSubmission(StrategyStep Step, int Version, string ContentJson, string Actor, DateTime SubmittedUtc);

/// <summary>An immutable review of one submitted version.</summary>
public sealed record StoredReview(StrategyStep Step, int Version, ReviewDecision Decision, string? Comments, string Actor, DateTime ReviewedUtc);

/// <summary>Drafts, immutable submissions and reviews of a country's steps.</summary>
public interface IStepDocumentStore
{
    Task PutDraftAsync(string cycleId, string country, StrategyStep step, string contentJson, CancellationToken cancellationToken);

    Task<string?> GetDraftAsync(string cycleId, string country, StrategyStep step, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the next version and moves the step to <c>submitted</c> in one transaction, so that two
    /// racing submissions cannot both win and a submission never exists without its progress.
    /// </summary>
    Task<SubmitOutcome> SubmitAsync(SubmitCommand command, CancellationToken cancellationToken);

    /// <summary>Stores the review and moves the step to approved/returned in one transaction.</summary>
    Task<ReviewOutcome> ReviewAsync(ReviewCommand command, CancellationToken cancellationToken);

    /// <summary>The review of submission <paramref name="version"/>, if one was recorded.</summary>
    Task<StoredReview?> GetReviewAsync(string cycleId, string country, StrategyStep step, int version, CancellationToken cancellationToken);

    /// <summary>Workflow events committed before <paramref name="committedBefore"/> and not yet delivered, oldest first.</summary>
    Task<IReadOnlyList<PendingWorkflowEvent>> ListPendingEventsAsync(DateTime committedBefore, CancellationToken cancellationToken);

    /// <summary>Forgets a delivered event (nothing happens if it is already gone).</summary>
    Task RemovePendingEventAsync(PendingWorkflowEvent pending, CancellationToken cancellationToken);

    /// <summary>Submitted version <paramref name="version"/> of a step (the latest is the progress row's <c>SubmittedVersions</c>); <c>null</c> for version 0.</summary>
    Task<StoredSubmission?> GetSubmissionAsync(string cycleId, string country, StrategyStep step, int version, CancellationToken cancellationToken);
}
