namespace FocalPoints.Domain.Strategies;

/// <summary>
/// One event of a country's timeline: a submission, a review, a message sent, a cancellation.
/// <see cref="Id"/> makes writing it idempotent. <see cref="Detail"/> never holds step content.
/// </summary>
public sealed record AuditEvent(
    string CycleId,
    string Country,
    DateTime AtUtc,
    string Kind,
    StrategyStep? Step,
    string Actor,
    string? Detail,
    string Id);
