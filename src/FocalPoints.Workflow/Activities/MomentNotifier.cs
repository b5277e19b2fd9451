using System.Text.Json;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using Microsoft.Extensions.Logging;

namespace FocalPoints.Workflow.Activities;

/// <summary>
/// Writes the message for a moment to each recipient in their language and time zone: the
/// country's focal points, and the coordinators for escalations, received submissions and completed
/// strategies. One message per recipient, with an id derived from <see cref="NotifyInput.Id"/>, so
/// the sender delivers at most once however often an activity that uses it runs
/// (<see cref="NotifyActivity"/>, <see cref="StepTransitionActivity"/>).
/// </summary>
public sealed partial class MomentNotifier(
    IDirectoryStore directory,
    ICycleStore cycles,
    IStrategyRepository strategies,
    IStepDocumentStore documents,
    IMessenger messenger,
    ILogger<MomentNotifier> logger)
{
    /// <summary>Sends the moment's message; <c>false</c> when it had no recipient or every recipient had it already.</summary>
    public async Task<bool> NotifyAsync(NotifyInput input, CancellationToken ct) =>
        (await NotifyAllAsync([input], ct))[0];

    /// <summary>
    /// Sends the messages of one country's moments (a transition's approval and step opened), in
    /// order, reading the directory and the cycle once for all of them; for each, whether it went to
    /// anyone for the first time.
    /// </summary>
    public async Task<bool[]> NotifyAllAsync(IReadOnlyList<NotifyInput> inputs, CancellationToken ct)
    {
        if (inputs.Count == 0)
        {
            return [];
        }

        NotifyInput first = inputs[0];
        if (inputs.Any(i => i.CycleId != first.CycleId || i.Country != first.Country))
        {
            throw new ArgumentException("The moments sent together are one country's in one cycle.", nameof(inputs));
        }

        Member? member = await directory.GetMemberAsync(first.Country, ct);
        CycleRecord? cycle = await cycles.GetCycleAsync(first.CycleId, ct);
        IReadOnlyList<Contact> coordinators = inputs.Any(i => Audience.ToCoordinators(i.Moment)) ? await directory.GetCoordinatorsAsync(ct) : [];
        var sent = new bool[inputs.Count];
        for (int i = 0; i < inputs.Count; i++)
        {
            sent[i] = await NotifyAsync(inputs[i], member, cycle, coordinators, ct);
        }

        return sent;
    }

    private async Task<bool> NotifyAsync(NotifyInput input, Member? member, CycleRecord? cycle, IReadOnlyList<Contact> coordinators, CancellationToken ct)
    {
        StepText? comments = input.Moment == NotificationMoment.Returned && input.Step is StrategyStep step && input.Version is int version
            ? await ReviewCommentsAsync(input.CycleId, input.Country, step, version, ct)
            : null;

        var recipients = new List<Contact>();
        if (Audience.ToFocalPoints(input.Moment))
        {
            recipients.AddRange((member?.FocalPoints ?? []).Where(f => input.TimeZones is null || input.TimeZones.Contains(f.TimeZone)));
        }

        if (Audience.ToCoordinators(input.Moment))
        {
            recipients.AddRange(coordinators);
        }

        IReadOnlyList<Contact> to = Recipients.Distinct(recipients);
        if (to.Count == 0)
        {
            LogNoRecipients(logger, input.Moment, input.Country);
            return false;
        }

        PortalLink link = input.Step is StrategyStep s ? PortalLink.ToStep(input.CycleId, input.Country, s) : PortalLink.ToStrategy(input.CycleId, input.Country);
        int sent = await messenger.SendAsync(
            new Mailing(input.Id, input.Moment, input.CycleId, input.Country, input.Step, input.AtUtc),
            to,
            r => new MessageRequest(
                input.Moment, r.Language, r.TimeZone, cycle?.Definition.Title ?? input.CycleId, input.Country, input.Step, input.DueUtc, comments, link),
            ct);

        await strategies.AddToTimelineAsync(
            new AuditEvent(input.CycleId, input.Country, input.AtUtc, Domain.JsonNaming.CamelCase(input.Moment.ToString()), input.Step, AuditEvent.SystemActor,
                null, input.Id, to.Select(r => r.Email).ToArray()),
            ct);
        LogNotified(logger, input.Moment, input.Country, to.Count, sent);
        return sent > 0;
    }

    // The comments with the sharing level of the submission they review; a submission that cannot be
    // read or parsed counts as confidential, so a doubt never puts text into mail.
    private async Task<StepText?> ReviewCommentsAsync(string cycleId, string country, StrategyStep step, int version, CancellationToken ct)
    {
        string? comments = (await documents.GetReviewAsync(cycleId, country, step, version, ct))?.Comments;
        if (comments is null)
        {
            return null;
        }

        StoredSubmission? submission = await documents.GetSubmissionAsync(cycleId, country, step, version, ct);
        Sharing sharing = Sharing.Confidential;
        if (submission is not null)
        {
            try
            {
                sharing = StepContentJson.Parse(step, submission.ContentJson).EffectiveSharing;
            }
            catch (JsonException)
            {
                LogUnreadableSubmission(logger, country, step, version);
            }
        }

        return new StepText(comments, sharing);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Submission {Version} of {Country}'s {Step} does not parse; its review comments are treated as confidential")]
    private static partial void LogUnreadableSubmission(ILogger logger, string country, StrategyStep step, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No recipients for {Moment} of {Country}; nothing sent")]
    private static partial void LogNoRecipients(ILogger logger, NotificationMoment moment, string country);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Moment} for {Country}: {RecipientCount} recipients, {Sent} newly sent")]
    private static partial void LogNotified(ILogger logger, NotificationMoment moment, string country, int recipientCount, int sent);
}
