using FocalPoints.Domain.Notifications;

namespace FocalPoints.Application.Ports;

/// <summary>Sends a message, at most once per <see cref="OutboxMessage.Id"/>.</summary>
public interface INotificationSender
{
    /// <summary>Sends the message; <c>false</c> when a message with the same id was already sent.</summary>
    Task<bool> SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}

/// <summary>Reads what was sent (or, with the outbox sender, would have been).</summary>
public interface IOutboxReader
{
    Task<IReadOnlyList<OutboxMessage>> ListAsync(string? cycleId, CancellationToken cancellationToken);
}
