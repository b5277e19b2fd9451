using System.Globalization;
using System.Net;
using System.Text;
using FocalPoints.Domain.Notifications;

namespace FocalPoints.Api.Handlers;

/// <summary>
/// The outbox as a page for people: newest first, each message with its recipients, moment,
/// delivery state, and its plain-text rendering (the HTML body is not inlined: it is shown as the
/// recipient's mail client would get it only through a sandboxed frame).
/// </summary>
internal static class OutboxPage
{
    public static string Render(IReadOnlyList<OutboxMessage> messages, string? cycleId)
    {
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>FocalPoints outbox</title>
            <style>
            body{font-family:'Segoe UI',Arial,sans-serif;margin:2rem;color:#1b1b1b}
            table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}
            pre{white-space:pre-wrap;margin:0;font-family:inherit}.failed{color:#a4262c}.sent{color:#107c10}
            iframe{width:100%;height:14rem;border:1px solid #ddd}
            </style></head><body>
            """);
        html.Append(CultureInfo.InvariantCulture, $"<h1>Outbox{(cycleId is null ? string.Empty : " — cycle " + WebUtility.HtmlEncode(cycleId))}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p id=\"count\">{messages.Count} messages</p>");
        html.Append("<table><thead><tr><th>When (UTC)</th><th>To</th><th>Moment</th><th>Country</th><th>Delivery</th><th>Message</th></tr></thead><tbody>");
        foreach (OutboxMessage m in messages.Reverse())
        {
            html.Append(CultureInfo.InvariantCulture, $"""
                <tr class="message" data-moment="{Encode(m.Moment.ToString())}">
                <td>{m.CreatedUtc:yyyy-MM-dd HH:mm:ss}</td><td>{Encode(string.Join(", ", m.To))}</td><td>{Encode(Domain.JsonNaming.CamelCase(m.Moment.ToString()))}</td>
                <td>{Encode(m.Country ?? string.Empty)}</td><td class="{Encode(m.Delivery)}">{Encode(m.Delivery)}{(m.Error is null ? string.Empty : ": " + Encode(m.Error))}</td>
                <td><details><summary>{Encode(m.Subject)}</summary><pre>{Encode(m.Text)}</pre>
                <iframe sandbox="" srcdoc="{Encode(m.Html)}" title="HTML body"></iframe></details></td></tr>
                """);
        }

        html.Append("</tbody></table></body></html>");
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
