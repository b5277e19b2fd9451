namespace FocalPoints.Domain.Strategies;

/// <summary>
/// One event of a country's timeline: a submission, a review, a message sent, a cancellation.
/// <see cref="Id"/> makes writing it idempotent. <see cref="Detail"/> never holds step content.
/// <see cref="Recipients"/> lists the addresses a message went to: kept apart from the detail so that a
/// reader is shown only the people they may see (the rest as a role and a count).
/// </summary>
public sealed record AuditEvent(
    string CycleId,
    string Country,
    DateTime AtUtc,
    string Kind,
    StrategyStep? Step,
    string Actor,
    string? Detail,
    string Id,
    IReadOnlyList<string>? Recipients = null)
{
    /// <summary>The actor of what the workflow does by itself (messages sent).</summary>
    public const string SystemActor = "FocalPoints";
}
