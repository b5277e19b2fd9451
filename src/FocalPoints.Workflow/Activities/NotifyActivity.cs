using FocalPoints.Domain.Network;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;
using FocalPoints.Infrastructure.Notifications;
using FocalPoints.Infrastructure.Storage;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace FocalPoints.Workflow.Activities;

/// <summary>
/// Writes the message for a moment to its recipients: the country's focal points, and the
/// coordinators for escalations, received submissions and completed strategies. Sends at most once
/// per <see cref="NotifyInput.Id"/>, however often the activity runs.
/// </summary>
public sealed partial class NotifyActivity(
    IDirectoryStore directory,
    ICycleStore cycles,
    IStepDocumentStore documents,
    INotificationSender sender,
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

        var recipients = new List<string>();
        if (Audience.ToFocalPoints(input.Moment))
        {
            recipients.AddRange(member?.FocalPoints.Select(f => f.Email) ?? []);
        }

        if (Audience.ToCoordinators(input.Moment))
        {
            recipients.AddRange((await directory.GetCoordinatorsAsync(ct)).Select(c => c.Email));
        }

        string[] to = recipients.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (to.Length == 0)
        {
            LogNoRecipients(logger, input.Moment, input.Country);
            return false;
        }

        ComposedMessage message = MessageComposer.Compose(new NotificationContext(
            input.Moment,
            input.CycleId,
            cycle?.Definition.Title ?? input.CycleId,
            input.Country,
            member?.Name ?? input.Country,
            input.Step,
            input.DueUtc,
            comments,
            Link: input.Step is StrategyStep s ? $"/api/cycles/{input.CycleId}/countries/{input.Country}/steps/{s.ToSlug()}" : $"/api/cycles/{input.CycleId}/countries/{input.Country}"));
        bool sent = await sender.SendAsync(
            new OutboxMessage(input.Id, to, input.Moment, input.CycleId, input.Country, input.Step, message.Subject, message.Text, message.Html, input.AtUtc),
            ct);
        LogNotified(logger, input.Moment, input.Country, to.Length, sent);
        return sent;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No recipients for {Moment} of {Country}; nothing sent")]
    private static partial void LogNoRecipients(ILogger logger, NotificationMoment moment, string country);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Moment} for {Country} to {RecipientCount} recipients (new: {Sent})")]
    private static partial void LogNotified(ILogger logger, NotificationMoment moment, string country, int recipientCount, bool sent);
}
