using System.Globalization;
using System.Net;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Domain.Notifications;

/// <summary>
/// Writes the message for each moment. Free text from people (review comments) is HTML-encoded in the
/// HTML body; step content never appears in a message, only the fact that a step moved.
/// </summary>
public static class MessageComposer
{
    public static ComposedMessage Compose(NotificationContext c)
    {
        string step = c.Step is StrategyStep s ? $"step {s.Number()} of 4, {s.Title().ToLowerInvariant()}" : "the national strategy";
        string due = c.DueUtc is DateTime d ? d.ToString("dddd d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture) : string.Empty;
        (string subject, string body) = c.Moment switch
        {
            NotificationMoment.CycleOpened => ($"{c.CycleTitle}: the national strategy cycle has opened for {c.CountryName}",
                $"The network has opened the cycle \"{c.CycleTitle}\". {c.CountryName}'s strategy goes through four steps: risk assessment, action prioritisation, official training and resource mobilisation."),
            NotificationMoment.StepOpened => ($"{c.CountryName}: {step} is open, due {due}",
                $"{Capital(step)} is open for {c.CountryName}. Please submit it by {due}."),
            NotificationMoment.Reminder => ($"Reminder: {c.CountryName}'s {step} is due {due}",
                $"This is a reminder that {step} for {c.CountryName} is due on {due}."),
            NotificationMoment.DueToday => ($"Due now: {c.CountryName}'s {step}",
                $"{Capital(step)} for {c.CountryName} is due now ({due}). Please submit it or tell the coordinators when it will come."),
            NotificationMoment.Overdue => ($"Overdue: {c.CountryName}'s {step} was due {due}",
                $"{Capital(step)} for {c.CountryName} was due on {due} and has not been submitted."),
            NotificationMoment.Escalation => ($"Escalation: {c.CountryName}'s {step} is overdue",
                $"{Capital(step)} for {c.CountryName} in the cycle \"{c.CycleTitle}\" was due on {due} and is still not submitted. The focal points have been reminded."),
            NotificationMoment.SubmissionReceived => ($"Received: {c.CountryName}'s {step}",
                $"{Capital(step)} for {c.CountryName} was submitted and waits for the coordinators' review."),
            NotificationMoment.Returned => ($"Returned for revision: {c.CountryName}'s {step}",
                $"The coordinators returned {step} for {c.CountryName} for revision. Please resubmit by {due}."),
            NotificationMoment.Approved => ($"Approved: {c.CountryName}'s {step}",
                $"The coordinators approved {step} for {c.CountryName}."),
            NotificationMoment.StrategyCompleted => ($"Completed: {c.CountryName}'s national strategy for {c.CycleTitle}",
                $"All four steps of {c.CountryName}'s national strategy in the cycle \"{c.CycleTitle}\" are approved. Thank you."),
            _ => ($"{c.CycleTitle}: news for {c.CountryName}", $"There is news about {c.CountryName}'s national strategy."),
        };

        string text = body;
        string html = $"<p>{WebUtility.HtmlEncode(body)}</p>";
        if (!string.IsNullOrWhiteSpace(c.Comments))
        {
            text += $"\n\nComments from the coordinators:\n{c.Comments}";
            html += $"<p>Comments from the coordinators:</p><blockquote>{WebUtility.HtmlEncode(c.Comments).ReplaceLineEndings("<br>")}</blockquote>";
        }

        if (c.Link is not null)
        {
            text += $"\n\nOpen it: {c.Link}";
            html += $"<p><a href=\"{WebUtility.HtmlEncode(c.Link)}\">Open {WebUtility.HtmlEncode(step)}</a></p>";
        }

        return new ComposedMessage(subject, text, html);
    }

    private static string Capital(string s) => string.Concat(s[..1].ToUpperInvariant(), s[1..]);
}
