using FocalPoints.Application.Ports;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Notifications;
using FocalPoints.Infrastructure.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Graph.Models.ODataErrors;

namespace FocalPoints.Infrastructure.Mail;

/// <summary>
/// Delivers through Graph, once: records the message in the outbox, claims it in the ledger, waits
/// for the mailbox's pace, sends, settles. Throttling and unavailability (429, 503, 504) that outlast
/// the Graph client's retries are thrown so the activity is retried later; any other 4xx (a bad
/// recipient) is recorded as failed, not retried, and reported to the coordinators.
/// </summary>
public sealed partial class GraphNotificationSender(
    GraphMailTransport transport,
    MailLedger ledger,
    MailPacer pacer,
    TableOutbox outbox,
    IDirectoryStore directory,
    MessageTemplates templates,
    TimeProvider time,
    ILogger<GraphNotificationSender> logger) : INotificationSender
{
    public async Task<bool> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        await outbox.RecordAsync(message with { Delivery = OutboxMessage.Sending }, cancellationToken);
        LedgerState state = await ledger.ClaimAsync(message.Id, Now, cancellationToken);
        if (state is LedgerState.Sent or LedgerState.Failed)
        {
            return false;
        }

        try
        {
            await pacer.SendAsync(() => transport.SendAsync(message, cancellationToken), cancellationToken);
        }
        catch (ODataError e) when (IsPermanent(e.ResponseStatusCode))
        {
            string reason = $"{e.ResponseStatusCode} {e.Error?.Code}: {e.Error?.Message}".Trim();
            await ledger.SettleAsync(message.Id, sent: false, reason, Now, cancellationToken);
            await outbox.SetDeliveryAsync(message, OutboxMessage.Failed, reason, cancellationToken);
            LogFailed(logger, message.Moment, e.ResponseStatusCode);
            if (message.Moment != NotificationMoment.DeliveryFailed)
            {
                await ReportAsync(message, reason, cancellationToken);
            }

            return false;
        }

        await ledger.SettleAsync(message.Id, sent: true, null, Now, cancellationToken);
        await outbox.SetDeliveryAsync(message, OutboxMessage.Sent, null, cancellationToken);
        return true;
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    // 408 and 429 are transient by definition; other 4xx will fail the same way every time.
    private static bool IsPermanent(int status) => status is >= 400 and < 500 and not 408 and not 429;

    private async Task ReportAsync(OutboxMessage failed, string reason, CancellationToken cancellationToken)
    {
        foreach (Contact coordinator in await directory.GetCoordinatorsAsync(cancellationToken))
        {
            ComposedMessage report = templates.Compose(new MessageRequest(
                NotificationMoment.DeliveryFailed, coordinator.Language, coordinator.TimeZone, failed.CycleId ?? string.Empty,
                failed.Country ?? string.Empty, failed.Step, Recipient: string.Join(", ", failed.To), Reason: reason));
            await SendAsync(
                new OutboxMessage($"{failed.Id}|deliveryFailed|{coordinator.Email.ToLowerInvariant()}", [coordinator.Email], NotificationMoment.DeliveryFailed,
                    failed.CycleId, failed.Country, failed.Step, report.Subject, report.Text, report.Html, Now),
                cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Moment} message not delivered: Graph answered {Status}; coordinators are told")]
    private static partial void LogFailed(ILogger logger, NotificationMoment moment, int status);
}
