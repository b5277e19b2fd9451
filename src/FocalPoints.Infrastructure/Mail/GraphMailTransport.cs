using System.Text;
using FocalPoints.Domain.Notifications;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using MimeKit;

namespace FocalPoints.Infrastructure.Mail;

/// <summary>
/// Sends one message through Microsoft Graph: <c>POST /users/{mailbox}/sendMail</c> with the
/// message as MIME (multipart/alternative: the plain-text and the HTML body), which Graph accepts
/// base64-encoded with <c>Content-Type: text/plain</c>. The Graph client's own middleware retries
/// 429, 503 and 504 honouring <c>Retry-After</c>.
/// </summary>
public sealed class GraphMailTransport(GraphServiceClient graph, GraphOptions options)
{
    private static readonly Dictionary<string, ParsableFactory<IParsable>> Errors = new()
    {
        ["XXX"] = ODataError.CreateFromDiscriminatorValue,
    };

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        string mailbox = options.SenderMailbox ?? throw new InvalidOperationException("Set Graph__SenderMailbox to send through Graph.");
        RequestInformation request = graph.Users[mailbox].SendMail.ToPostRequestInformation(new Microsoft.Graph.Users.Item.SendMail.SendMailPostRequestBody());
        request.Headers.Remove("Content-Type");
        request.SetStreamContent(new MemoryStream(Encoding.ASCII.GetBytes(Convert.ToBase64String(await MimeAsync(mailbox, message, cancellationToken)))), "text/plain");
        await graph.RequestAdapter.SendNoContentAsync(request, Errors, cancellationToken);
    }

    private static async Task<byte[]> MimeAsync(string mailbox, OutboxMessage message, CancellationToken cancellationToken)
    {
        var mime = new MimeMessage { Subject = message.Subject };
        mime.From.Add(MailboxAddress.Parse(mailbox));
        foreach (string to in message.To)
        {
            mime.To.Add(MailboxAddress.Parse(to));
        }

        mime.Body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html }.ToMessageBody();
        using var buffer = new MemoryStream();
        await mime.WriteToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
