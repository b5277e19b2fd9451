using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Infrastructure.Notifications;

/// <summary>
/// One message to people. <see cref="Id"/> is derived from (workflow instance, moment, recipients'
/// role) so that a retried or replayed activity writes the same message once.
/// </summary>
public sealed record OutboxMessage(
    string Id,
    IReadOnlyList<string> To,
    NotificationMoment Moment,
    string? CycleId,
    string? Country,
    StrategyStep? Step,
    string Subject,
    string Text,
    string Html,
    DateTime CreatedUtc);
