using FocalPoints.Domain.Notifications;

namespace FocalPoints.Domain.Strategies;

/// <summary>
/// One country's strategy in one cycle as it was loaded: its progress row with the ETag it was read
/// at and, when a submission carries an Idempotency-Key, what that key stored. Every transition of a
/// step is one method here that decides from this state alone and answers what changed; saving the
/// change in one write (or finding that another writer moved the row first) is the caller's.
/// </summary>
public sealed record Strategy(StrategyProgress Progress, string ETag)
{
    /// <summary>The Idempotency-Key of a submission as looked up with the strategy; <c>null</c> when none was looked up.</summary>
    public KeyLookup? Key { get; init; }

    /// <summary>
    /// A focal point's submission of <paramref name="step"/>: the next immutable version, the step
    /// waiting for review, its audit line and the workflow's event. A key seen before answers what
    /// it stored (the same body) or is refused (another body), whatever the step has done since; a
    /// step that refuses a submission with a key not yet looked up asks for it first.
    /// </summary>
    /// <param name="step">The step submitted.</param>
    /// <param name="submission">What was sent: the content as canonical JSON and the fingerprints of the body and the key.</param>
    /// <param name="actor">Who submits.</param>
    /// <param name="nowUtc">When.</param>
    public SubmitDecision Submit(StrategyStep step, SubmissionRequest submission, string actor, DateTime nowUtc)
    {
        if (submission.KeyHash is string keyHash && Key is { } key && key.KeyHash == keyHash && key.Stored is { } receipt)
        {
            return receipt.BodyHash == submission.BodyHash
                ? new SubmitDecision.Repeated(receipt.Version)
                : new SubmitDecision.KeyReused("This Idempotency-Key was used for a different submission.");
        }

        if (Progress.RefuseSubmission(step) is string reason)
        {
            // A request with the same key may have been accepted since: its answer is the stored one.
            return submission.KeyHash is string unknown && Key?.KeyHash != unknown
                ? new SubmitDecision.LookUpKey()
                : new SubmitDecision.Refused(reason);
        }

        StrategyProgress updated = Progress.Submitted(step, nowUtc);
        int version = updated[step].SubmittedVersions;
        return new SubmitDecision.Accepted(
            new StrategyChange(ETag, updated)
            {
                Submission = new StoredSubmission(step, version, submission.ContentJson, actor, nowUtc),
                Audit = new AuditEvent(Progress.CycleId, Progress.Country, nowUtc, "submission", step, actor, $"version {version}", $"submission|{step}|{version}"),
                Event = new StepEvent(step, version, null, nowUtc),
                Receipt = submission.KeyHash is string k ? new SubmissionReceipt(step, k, submission.BodyHash, version) : null,
            },
            version);
    }

    /// <summary>
    /// A coordinator's decision on the submission of <paramref name="step"/> they read, version
    /// <paramref name="readVersion"/> (a newer one submitted since is theirs to read first). An
    /// approval opens the next step, due <paramref name="stepDuration"/> later, or completes the
    /// strategy; a return gives the step back with its due date by <see cref="StrategyProgress.ReturnedDue"/>.
    /// The comments stay with the review, never in the audit line.
    /// </summary>
    public ReviewDecided Review(
        StrategyStep step, ReviewDecision decision, string? comments, string actor, DateTime nowUtc, int readVersion, TimeSpan stepDuration, TimeSpan reviewDuration)
    {
        if (Progress.RefuseReview(step) is string reason)
        {
            return new ReviewDecided(null, 0, reason);
        }

        int version = Progress[step].SubmittedVersions;
        if (version != readVersion)
        {
            return new ReviewDecided(null, 0, "A newer version of this step was submitted since it was opened for review; read it before deciding.");
        }

        StrategyProgress updated = Progress.Decided(step, decision, comments, nowUtc, stepDuration);
        if (decision == ReviewDecision.Return)
        {
            updated = updated.Rescheduled(step, StrategyProgress.ReturnedDue(nowUtc, Progress[step].DueUtc, reviewDuration), nowUtc);
        }

        return new ReviewDecided(
            new StrategyChange(ETag, updated)
            {
                Review = new StoredReview(step, version, decision, comments, actor, nowUtc),
                Audit = new AuditEvent(
                    Progress.CycleId, Progress.Country, nowUtc, "review", step, actor, JsonNaming.CamelCase(decision.ToString()), $"review|{step}|{version}"),
                Event = new StepEvent(step, version, decision, nowUtc),
            },
            version,
            null);
    }

    /// <summary>Opens <paramref name="step"/> with its due date; <c>null</c> when it was opened already (it keeps its times) or the strategy has ended.</summary>
    public StrategyChange? Open(StrategyStep step, DateTime openedUtc, DateTime dueUtc) =>
        Progress.Status == StrategyStatus.InProgress && Progress[step].Status == StepStatus.NotStarted
            ? new StrategyChange(ETag, Progress.Opened(step, openedUtc, dueUtc))
            : null;

    /// <summary>Marks the strategy completed; <c>null</c> when it is no longer in progress (the fourth approval completes it already).</summary>
    public StrategyChange? Complete(DateTime nowUtc) =>
        Progress.Status == StrategyStatus.InProgress ? new StrategyChange(ETag, Progress.Completed(nowUtc)) : null;

    /// <summary>Gives a returned step the due date the workflow keeps time by; <c>null</c> when it has that date already.</summary>
    public StrategyChange? Reschedule(StrategyStep step, DateTime dueUtc) =>
        Progress[step].DueUtc == dueUtc ? null : new StrategyChange(ETag, Progress.Rescheduled(step, dueUtc, Progress.LastActivityUtc));

    /// <summary>
    /// The workflow finds <paramref name="step"/> overdue at <paramref name="atUtc"/>: an overdue
    /// reminder to the focal points or the escalation to the coordinators (<paramref name="notice"/>),
    /// with its message id <paramref name="noticeId"/>. It holds only while the step is the current one,
    /// still waits for the focal point and is past its due date as stored: the change is its line in the
    /// timeline, saved on this row's ETag before any message goes, so a submission, a review or a
    /// cancellation saved first stops it. <c>null</c>: the step is not overdue (any more); nothing goes.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="notice"/> is not an overdue reminder or an escalation.</exception>
    public StrategyChange? Overdue(StrategyStep step, NotificationMoment notice, DateTime atUtc, string noticeId)
    {
        if (!IsOverdueNotice(notice))
        {
            throw new ArgumentOutOfRangeException(nameof(notice), notice, "Only an overdue reminder or an escalation marks a step overdue.");
        }

        return Progress.CurrentStep == step && Progress.IsOverdue(atUtc)
            ? new StrategyChange(ETag, Progress)
            {
                Audit = new AuditEvent(Progress.CycleId, Progress.Country, atUtc, JsonNaming.CamelCase(notice.ToString()), step, AuditEvent.SystemActor, null, noticeId),
            }
            : null;
    }

    /// <summary>Whether <paramref name="moment"/> tells that a step is overdue, and so goes only through <see cref="Overdue"/>.</summary>
    public static bool IsOverdueNotice(NotificationMoment moment) => moment is NotificationMoment.Overdue or NotificationMoment.Escalation;

    /// <summary>
    /// A coordinator's cancellation: a strategy in progress is cancelled with an audit line; one
    /// cancelled already changes nothing (a repeated request is harmless); a completed one is refused.
    /// </summary>
    public CancelDecided Cancel(string actor, DateTime nowUtc) => Progress.Status switch
    {
        StrategyStatus.Completed => new CancelDecided(null, $"{Progress.Country}'s strategy in cycle {Progress.CycleId} is already completed."),
        StrategyStatus.Cancelled => new CancelDecided(null, null),
        _ => new CancelDecided(
            new StrategyChange(ETag, Progress.Cancelled(nowUtc))
            {
                Audit = new AuditEvent(Progress.CycleId, Progress.Country, nowUtc, "cancelled", null, actor, null, "cancelled"),
            },
            null),
    };
}

/// <summary>What was looked up for an Idempotency-Key (by its fingerprint): what it stored, or <c>null</c> for a new key.</summary>
public sealed record KeyLookup(string KeyHash, SubmissionReceipt? Stored);

/// <summary>A submission as sent: the content as canonical JSON (never logged), its fingerprint, and the key's (<c>null</c> for none).</summary>
public sealed record SubmissionRequest(string ContentJson, string BodyHash, string? KeyHash);

/// <summary>What an accepted submission with an Idempotency-Key stored under it: its body's fingerprint and the version.</summary>
public sealed record SubmissionReceipt(StrategyStep Step, string KeyHash, string BodyHash, int Version);

/// <summary>An immutable submitted version of a step: written once by the change that makes it, then read back by its version.</summary>
public sealed record StoredSubmission(StrategyStep Step, int Version, string ContentJson, string Actor, DateTime SubmittedUtc);

/// <summary>An immutable review of one submitted version: written once by the change that makes it.</summary>
public sealed record StoredReview(StrategyStep Step, int Version, ReviewDecision Decision, string? Comments, string Actor, DateTime ReviewedUtc);

/// <summary>A stored version of a step: what an accepted submission or review answers.</summary>
public sealed record StepVersion(string CycleId, string Country, StrategyStep Step, int Version);

/// <summary>What the workflow is told of a submission or a review (<paramref name="Decision"/> <c>null</c> for a submission).</summary>
public sealed record StepEvent(StrategyStep Step, int Version, ReviewDecision? Decision, DateTime AtUtc);

/// <summary>
/// Everything one transition changed, to be saved in one atomic write: the progress row (only if it
/// still has <see cref="ETag"/>) and the rows that come with it.
/// </summary>
public sealed record StrategyChange(string ETag, StrategyProgress Progress)
{
    public StoredSubmission? Submission { get; init; }

    public StoredReview? Review { get; init; }

    public AuditEvent? Audit { get; init; }

    /// <summary>The workflow's event, stored with the change and raised after the answer.</summary>
    public StepEvent? Event { get; init; }

    /// <summary>The Idempotency-Key's row: its write fails when another request took the key first.</summary>
    public SubmissionReceipt? Receipt { get; init; }
}

/// <summary>What a submission decided.</summary>
public abstract record SubmitDecision
{
    private SubmitDecision()
    {
    }

    /// <summary>Accepted as <paramref name="Version"/>: save <paramref name="Change"/>.</summary>
    public sealed record Accepted(StrategyChange Change, int Version) : SubmitDecision;

    /// <summary>A repeat of a request that stored <paramref name="Version"/>.</summary>
    public sealed record Repeated(int Version) : SubmitDecision;

    /// <summary>The key was used for another body.</summary>
    public sealed record KeyReused(string Reason) : SubmitDecision;

    /// <summary>The step accepts no submission now.</summary>
    public sealed record Refused(string Reason) : SubmitDecision;

    /// <summary>The step refuses, but the key may have been accepted before: look it up and decide again.</summary>
    public sealed record LookUpKey : SubmitDecision;
}

/// <summary>What a review decided: <paramref name="Change"/> to save for <paramref name="Version"/>, or why it is refused.</summary>
public sealed record ReviewDecided(StrategyChange? Change, int Version, string? Refusal);

/// <summary>What a cancellation decided: <paramref name="Change"/> to save (<c>null</c>: nothing to change), or why it is refused.</summary>
public sealed record CancelDecided(StrategyChange? Change, string? Refusal);
