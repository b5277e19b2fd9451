using FocalPoints.Domain.Network;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;
using FocalPoints.Infrastructure.Mail;
using FocalPoints.Infrastructure.Notifications;
using FocalPoints.Infrastructure.Storage;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace FocalPoints.Workflow.Activities;

/// <summary>
/// Writes the message for a moment to each recipient in their language and time zone: the
/// country's focal points, and the coordinators for escalations, received submissions and completed
/// strategies. One message per recipient, with an id derived from <see cref="NotifyInput.Id"/>, so
/// the sender delivers at most once however often the activity runs.
/// </summary>
public sealed partial class NotifyActivity(
    IDirectoryStore directory,
    ICycleStore cycles,
    IStepDocumentStore documents,
    INotificationSender sender,
    MessageTemplates templates,
    PortalOptions portal,
    ILogger<NotifyActivity> logger) : TaskActivity<NotifyInput, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, NotifyInput input)
    {
        CancellationToken ct = CancellationToken.None;
        Member? member = await directory.GetMemberAsync(input.Country, ct);
        CycleRecord? cycle = await cycles.GetCycleAsync(input.CycleId, ct);
        string? comments = null;
        if (input.Moment == NotificationMoment.Returned && input.Step is StrategyStep step && input.Version is int version)
        {
            comments = (await documents.GetReviewAsync(input.CycleId, input.Country, step, version, ct))?.Comments;
        }

        var recipients = new List<Contact>();
        if (Audience.ToFocalPoints(input.Moment))
        {
            recipients.AddRange((member?.FocalPoints ?? []).Where(f => input.TimeZones is null || input.TimeZones.Contains(f.TimeZone)));
        }

        if (Audience.ToCoordinators(input.Moment))
        {
            recipients.AddRange(await directory.GetCoordinatorsAsync(ct));
        }

        Contact[] to = recipients.DistinctBy(r => r.Email, StringComparer.OrdinalIgnoreCase).ToArray();
        if (to.Length == 0)
        {
            LogNoRecipients(logger, input.Moment, input.Country);
            return false;
        }

        string link = input.Step is StrategyStep s ? portal.StepLink(input.CycleId, input.Country, s.ToSlug()) : portal.StrategyLink(input.CycleId, input.Country);
        int sent = 0;
        foreach (Contact recipient in to)
        {
            ComposedMessage message = templates.Compose(new MessageRequest(
                input.Moment, recipient.Language, recipient.TimeZone, cycle?.Definition.Title ?? input.CycleId, member?.Name ?? input.Country,
                input.Step, input.DueUtc, comments, link));
            bool fresh = await sender.SendAsync(
                new OutboxMessage($"{input.Id}|{recipient.Email.ToLowerInvariant()}", [recipient.Email], input.Moment, input.CycleId, input.Country, input.Step,
                    message.Subject, message.Text, message.Html, input.AtUtc),
                ct);
            sent += fresh ? 1 : 0;
        }

        await cycles.AddAuditAsync(
            new AuditEvent(input.CycleId, input.Country, input.AtUtc, Domain.JsonNaming.CamelCase(input.Moment.ToString()), input.Step, "FocalPoints",
                $"to {string.Join(", ", to.Select(r => r.Email))}", input.Id),
            ct);
        LogNotified(logger, input.Moment, input.Country, to.Length, sent);
        return sent > 0;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No recipients for {Moment} of {Country}; nothing sent")]
    private static partial void LogNoRecipients(ILogger logger, NotificationMoment moment, string country);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Moment} for {Country}: {RecipientCount} recipients, {Sent} newly sent")]
    private static partial void LogNotified(ILogger logger, NotificationMoment moment, string country, int recipientCount, int sent);
}
