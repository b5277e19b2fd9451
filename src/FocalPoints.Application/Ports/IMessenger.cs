using FocalPoints.Domain.Network;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Ports;

/// <summary>
/// What is told, to whom it is about: <see cref="Id"/> names the moment (a workflow moment, a week's
/// digest, a session's invitation); each recipient's message id is this id and their address.
/// </summary>
public sealed record Mailing(string Id, NotificationMoment Moment, string? CycleId, string? Country, StrategyStep? Step, DateTime AtUtc);

/// <summary>
/// The one place that tells people something: a message per recipient (each address once, see
/// <see cref="Recipients.Distinct"/>), composed in the recipient's language and time zone, sent
/// under an id derived from the mailing and the address, so it is delivered at most once however
/// often the caller runs.
/// </summary>
public interface IMessenger
{
    /// <summary>Sends <paramref name="mailing"/> to <paramref name="recipients"/>; returns how many messages were newly sent.</summary>
    Task<int> SendAsync(Mailing mailing, IEnumerable<Contact> recipients, Func<Contact, MessageRequest> request, CancellationToken cancellationToken);
}

/// <summary>Who a mailing reaches.</summary>
public static class Recipients
{
    /// <summary>The recipients a mailing reaches: each address once, whatever its case.</summary>
    public static IReadOnlyList<Contact> Distinct(IEnumerable<Contact> recipients) =>
        recipients.DistinctBy(r => r.Email, StringComparer.OrdinalIgnoreCase).ToArray();
}
