using FocalPoints.Domain.Network;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;
using FocalPoints.Infrastructure.Notifications;

namespace FocalPoints.Infrastructure.Mail;

/// <summary>
/// What is told, to whom it is about: <see cref="Id"/> names the moment (a workflow moment, a week's
/// digest, a session's invitation); each recipient's message id is this id and their address.
/// </summary>
public sealed record Mailing(string Id, NotificationMoment Moment, string? CycleId, string? Country, StrategyStep? Step, DateTime AtUtc);

/// <summary>
/// The one place that tells people something: a message per recipient (each address once), composed
/// in the recipient's language and time zone, sent under an id derived from the mailing and the
/// address, so the sender delivers it at most once however often the caller runs. What a message may
/// say is decided by <see cref="MessageTemplates"/> (the comments of a confidential step never).
/// </summary>
public sealed class Messenger(INotificationSender sender, MessageTemplates templates)
{
    /// <summary>Sends <paramref name="mailing"/> to <paramref name="recipients"/>; returns how many messages were newly sent.</summary>
    public async Task<int> SendAsync(Mailing mailing, IEnumerable<Contact> recipients, Func<Contact, MessageRequest> request, CancellationToken cancellationToken)
    {
        int sent = 0;
        foreach (Contact recipient in Distinct(recipients))
        {
            ComposedMessage message = templates.Compose(request(recipient) with
            {
                Moment = mailing.Moment,
                Language = recipient.Language,
                TimeZone = recipient.TimeZone,
            });
            bool fresh = await sender.SendAsync(
                new OutboxMessage($"{mailing.Id}|{recipient.Email.ToLowerInvariant()}", [recipient.Email], mailing.Moment, mailing.CycleId, mailing.Country, mailing.Step,
                    message.Subject, message.Text, message.Html, mailing.AtUtc),
                cancellationToken);
            sent += fresh ? 1 : 0;
        }

        return sent;
    }

    /// <summary>The recipients a mailing reaches: each address once, whatever its case.</summary>
    public static IReadOnlyList<Contact> Distinct(IEnumerable<Contact> recipients) =>
        recipients.DistinctBy(r => r.Email, StringComparer.OrdinalIgnoreCase).ToArray();
}
