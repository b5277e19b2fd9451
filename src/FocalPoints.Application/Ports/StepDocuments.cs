using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Ports;

/// <summary>
/// Drafts, and the immutable submissions and reviews of a country's steps as stored (they are written
/// with the step's progress by <see cref="IStrategyRepository.SaveAsync"/>).
/// </summary>
public interface IStepDocumentStore
{
    Task PutDraftAsync(string cycleId, string country, StrategyStep step, string contentJson, CancellationToken cancellationToken);

    Task<string?> GetDraftAsync(string cycleId, string country, StrategyStep step, CancellationToken cancellationToken);

    /// <summary>The review of submission <paramref name="version"/>, if one was recorded.</summary>
    Task<StoredReview?> GetReviewAsync(string cycleId, string country, StrategyStep step, int version, CancellationToken cancellationToken);

    /// <summary>Workflow events committed before <paramref name="committedBefore"/> and not yet delivered, oldest first.</summary>
    Task<IReadOnlyList<PendingWorkflowEvent>> ListPendingEventsAsync(DateTime committedBefore, CancellationToken cancellationToken);

    /// <summary>Forgets a delivered event (nothing happens if it is already gone).</summary>
    Task RemovePendingEventAsync(PendingWorkflowEvent pending, CancellationToken cancellationToken);

    /// <summary>Submitted version <paramref name="version"/> of a step (the latest is the progress row's <c>SubmittedVersions</c>); <c>null</c> for version 0.</summary>
    Task<StoredSubmission?> GetSubmissionAsync(string cycleId, string country, StrategyStep step, int version, CancellationToken cancellationToken);
}
