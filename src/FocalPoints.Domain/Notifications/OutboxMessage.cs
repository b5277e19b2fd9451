using FocalPoints.Domain.Strategies;

namespace FocalPoints.Domain.Notifications;

/// <summary>
/// One message to one person. <see cref="Id"/> is derived from (workflow instance, moment,
/// recipient) so that a retried or replayed activity writes the same message once.
/// <see cref="Delivery"/>: <c>outbox</c> (stored only), <c>sending</c>, <c>sent</c> or <c>failed</c>.
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
    DateTime CreatedUtc,
    string Delivery = OutboxMessage.Stored,
    string? Error = null)
{
    public const string Stored = "outbox";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Failed = "failed";
}
