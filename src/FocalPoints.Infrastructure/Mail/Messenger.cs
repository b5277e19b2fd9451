using FocalPoints.Application.Ports;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Notifications;

namespace FocalPoints.Infrastructure.Mail;

/// <summary>
/// The <see cref="IMessenger"/>: a message per recipient (each address once), composed in the
/// recipient's language and time zone, sent under an id derived from the mailing and the address, so
/// the sender delivers it at most once however often the caller runs. What a message may say is
/// decided by <see cref="MessageTemplates"/> (the comments of a confidential step never).
/// </summary>
public sealed class Messenger(INotificationSender sender, MessageTemplates templates) : IMessenger
{
    public async Task<int> SendAsync(Mailing mailing, IEnumerable<Contact> recipients, Func<Contact, MessageRequest> request, CancellationToken cancellationToken)
    {
        int sent = 0;
        foreach (Contact recipient in Recipients.Distinct(recipients))
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
}
