using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace FocalPoints.Testing.Hosts;

/// <summary>One <c>sendMail</c> request as the fake Graph server received it.</summary>
public sealed record ReceivedMail(DateTimeOffset At, string Mailbox, string? ContentType, string? Authorization, MimeMessage? Message, int Answered)
{
    public IEnumerable<string> To => Message?.To.Mailboxes.Select(m => m.Address) ?? [];

    public string Subject => Message?.Subject ?? string.Empty;

    public string TextBody => Message?.TextBody ?? string.Empty;

    public string HtmlBody => Message?.HtmlBody ?? string.Empty;
}

/// <summary>An answer the fake server gives instead of 202.</summary>
public sealed record PlannedAnswer(int Status, int? RetryAfterSeconds = null, string Code = "ErrorInvalidRecipients");

/// <summary>
/// A fake Microsoft Graph on loopback (real Kestrel): <c>POST /v1.0/users/{mailbox}/sendMail</c>
/// with a base64 MIME body, as the real SDK sends it. Records every request; answers 202, or the
/// next planned answer (429 with Retry-After, 503, 400...).
/// </summary>
public sealed class FakeGraphServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<PlannedAnswer> plan = new();

    private FakeGraphServer(WebApplication app, string address)
    {
        this.app = app;
        BaseUrl = address.TrimEnd('/') + "/v1.0";
    }

    public string BaseUrl { get; }

    public ConcurrentQueue<ReceivedMail> Received { get; } = new();

    /// <summary>The clock that stamps each request's arrival: a test judging a pace on a fake clock sets the pacer's.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>How long each request is held before it is answered (a slow Graph); a request whose caller goes away meanwhile is recorded unanswered (0).</summary>
    public TimeSpan AnswerAfter { get; set; }

    /// <summary>Requests that have arrived, answered or not yet.</summary>
    public int Arrived => arrived;

    private int arrived;

    /// <summary>Requests answered 202, in arrival order.</summary>
    public IReadOnlyList<ReceivedMail> Delivered => Received.Where(r => r.Answered == 202).OrderBy(r => r.At).ToArray();

    public static async Task<FakeGraphServer> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        WebApplication app = builder.Build();
        FakeGraphServer? server = null;
        app.MapPost("/v1.0/users/{mailbox}/sendMail", async (HttpContext http, string mailbox) => await server!.HandleAsync(http, mailbox));
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server = new FakeGraphServer(app, address);
        return server;
    }

    public void Answer(params PlannedAnswer[] answers)
    {
        foreach (PlannedAnswer answer in answers)
        {
            plan.Enqueue(answer);
        }
    }

    private async Task HandleAsync(HttpContext http, string mailbox)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.ASCII);
        string body = await reader.ReadToEndAsync();
        MimeMessage? message = null;
        try
        {
            message = await MimeMessage.LoadAsync(new MemoryStream(Convert.FromBase64String(body.Trim())));
        }
        catch (FormatException)
        {
            // Recorded with no message: the test sees the SDK sent something that is not base64 MIME.
        }

        Interlocked.Increment(ref arrived);
        if (AnswerAfter > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(AnswerAfter, http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                Received.Enqueue(new ReceivedMail(Clock.GetUtcNow(), WebUtility.UrlDecode(mailbox), http.Request.ContentType, http.Request.Headers.Authorization.FirstOrDefault(), message, 0));
                return;
            }
        }

        int status = plan.TryDequeue(out PlannedAnswer? answer) ? answer.Status : 202;
        Received.Enqueue(new ReceivedMail(Clock.GetUtcNow(), WebUtility.UrlDecode(mailbox), http.Request.ContentType, http.Request.Headers.Authorization.FirstOrDefault(), message, status));
        http.Response.StatusCode = status;
        if (answer?.RetryAfterSeconds is int seconds)
        {
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (status >= 400)
        {
            await http.Response.WriteAsJsonAsync(new { error = new { code = answer!.Code, message = $"Fake Graph answered {status}." } });
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
