using FocalPoints.Domain.Network;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;
using FocalPoints.Infrastructure.Mail;
using FocalPoints.Infrastructure.Notifications;
using FocalPoints.Infrastructure.Storage;
using FocalPoints.Infrastructure.Tests.Storage;
using FocalPoints.Testing;
using FocalPoints.Testing.Hosts;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace FocalPoints.Infrastructure.Tests.Mail;

/// <summary>
/// Delivery through the real Graph SDK to a fake Graph server on loopback, with the ledger and the
/// outbox on Azurite.
/// </summary>
public sealed class GraphDeliveryTests(StoreFixture store, ITestOutputHelper output) : IClassFixture<StoreFixture>, IAsyncLifetime
{
    private const string Mailbox = "focalpoints@network.example";
    private const string Coordinator = "coordinator@network.example";
    private FakeGraphServer graph = null!;

    public async Task InitializeAsync()
    {
        graph = await FakeGraphServer.StartAsync();
        var directory = new TableDirectoryStore(store.Tables);
        await directory.PutCoordinatorsAsync([new Contact("Coordinator", Coordinator, Language.Fr, "Europe/Copenhagen")], CancellationToken.None);
    }

    public async Task DisposeAsync() => await graph.DisposeAsync();

    private static readonly DateTimeOffset Start = new(2027, 1, 1, 9, 0, 0, TimeSpan.Zero);

    private GraphNotificationSender Sender(int maxPerWindow = 30, TimeSpan? window = null, TimeProvider? clock = null) => new(
        new GraphMailTransport(MailServiceCollectionExtensions.CreateClient(new GraphOptions { BaseUrl = graph.BaseUrl, Authentication = GraphOptions.None }), new GraphOptions { SenderMailbox = Mailbox }),
        new MailLedger(store.Tables),
        new MailPacer(maxPerWindow, window ?? TimeSpan.FromMinutes(1), clock ?? TimeProvider.System),
        new TableOutbox(store.Tables),
        new TableDirectoryStore(store.Tables),
        new MessageTemplates(),
        clock ?? TimeProvider.System,
        NullLogger<GraphNotificationSender>.Instance);

    private static OutboxMessage Message(string id, string to = "fp@gha.example") => new(
        $"strategy:{id}|RiskAssessment|r0|0|Reminder|{to}", [to], NotificationMoment.Reminder, id, "GHA", StrategyStep.RiskAssessment,
        "Reminder: Ghana's risk assessment", "Text body https://portal.example/cycles/c/countries/GHA/steps/risk-assessment",
        "<p>Html body <a href=\"https://portal.example/cycles/c/countries/GHA/steps/risk-assessment\">Open</a></p>", new DateTime(2027, 1, 1, 9, 0, 0, DateTimeKind.Utc));

    private async Task<OutboxMessage> StoredAsync(OutboxMessage message) =>
        (await new TableOutbox(store.Tables).ListAsync(message.CycleId, CancellationToken.None)).Single(m => m.Id == message.Id);

    [Fact]
    public async Task Sends_one_mime_message_with_both_bodies_and_the_link()
    {
        OutboxMessage message = Message("mime");
        Assert.True(await Sender().SendAsync(message, CancellationToken.None));

        ReceivedMail mail = Assert.Single(graph.Received);
        Assert.Equal(Mailbox, mail.Mailbox);
        Assert.Equal("text/plain", mail.ContentType);
        Assert.Null(mail.Authorization);
        Assert.Equal(["fp@gha.example"], mail.To);
        Assert.Equal(message.Subject, mail.Subject);
        Assert.Contains("https://portal.example/cycles/c/countries/GHA/steps/risk-assessment", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("href=\"https://portal.example/cycles/c/countries/GHA/steps/risk-assessment\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(OutboxMessage.Sent, (await StoredAsync(message)).Delivery);
    }

    [Fact]
    public async Task A_retried_activity_sends_once()
    {
        // Durable Task runs an activity again after a failure or a lost completion: each attempt is a
        // new sender call (a new process, even), with only the ledger in common.
        OutboxMessage message = Message("retried");
        bool first = await Sender().SendAsync(message, CancellationToken.None);
        bool second = await Sender().SendAsync(message, CancellationToken.None);
        bool third = await Sender().SendAsync(message with { CreatedUtc = message.CreatedUtc.AddMinutes(1) }, CancellationToken.None);

        Assert.Single(graph.Received);
        Assert.Equal([true, false, false], [first, second, third]);
    }

    [Fact]
    public async Task A_claim_never_settled_is_sent_again()
    {
        OutboxMessage message = Message("crashed");
        Assert.Equal(LedgerState.Claimed, await new MailLedger(store.Tables).ClaimAsync(message.Id, DateTime.UtcNow, CancellationToken.None)); // the process died here last time

        Assert.True(await Sender().SendAsync(message, CancellationToken.None));
        Assert.Single(graph.Received);
    }

    [Fact]
    public async Task Throttled_429_is_retried_after_the_retry_after_delay()
    {
        graph.Answer(new PlannedAnswer(429, RetryAfterSeconds: 2, Code: "ApplicationThrottled"));
        OutboxMessage message = Message("throttled");

        Assert.True(await Sender().SendAsync(message, CancellationToken.None));

        ReceivedMail[] requests = graph.Received.OrderBy(r => r.At).ToArray();
        Assert.Equal([429, 202], requests.Select(r => r.Answered));
        TimeSpan waited = requests[1].At - requests[0].At;
        output.WriteLine($"Retry-After: 2 s; the SDK waited {waited.TotalSeconds:0.00} s");
        Assert.True(waited >= TimeSpan.FromSeconds(1.9), $"retried after {waited.TotalSeconds:0.00} s");
        Assert.Equal(OutboxMessage.Sent, (await StoredAsync(message)).Delivery);
    }

    [Fact]
    public async Task Unavailable_503_is_retried()
    {
        graph.Answer(new PlannedAnswer(503, RetryAfterSeconds: 1, Code: "ServiceUnavailable"));
        Assert.True(await Sender().SendAsync(Message("unavailable"), CancellationToken.None));
        Assert.Equal([503, 202], graph.Received.OrderBy(r => r.At).Select(r => r.Answered));
    }

    [Fact]
    public async Task Bad_recipient_is_recorded_as_failed_reported_to_the_coordinators_and_not_retried()
    {
        graph.Answer(new PlannedAnswer(400));
        OutboxMessage message = Message("bad", to: "nobody@nowhere.invalid");

        Assert.False(await Sender().SendAsync(message, CancellationToken.None));
        Assert.False(await Sender().SendAsync(message, CancellationToken.None)); // the activity runs again: nothing more is sent

        ReceivedMail[] requests = graph.Received.OrderBy(r => r.At).ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Equal(400, requests[0].Answered);
        ReceivedMail report = requests[1];
        Assert.Equal([Coordinator], report.To);
        Assert.StartsWith("Non distribué", report.Subject, StringComparison.Ordinal); // the coordinator reads French
        Assert.Contains("nobody@nowhere.invalid", report.TextBody, StringComparison.Ordinal);

        OutboxMessage stored = await StoredAsync(message);
        Assert.Equal(OutboxMessage.Failed, stored.Delivery);
        Assert.Contains("400", stored.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pacing_never_goes_above_the_configured_rate()
    {
        // The rule is "at most N in any window", judged on the pacer's clock: a fake one, moved to each
        // moment the pacer waits for, and stamping each arrival at the fake Graph.
        const int limit = 5;
        TimeSpan window = TimeSpan.FromMinutes(1);
        var clock = new WatchedClock(Start);
        graph.Clock = clock;
        GraphNotificationSender sender = Sender(limit, window, clock);

        await SendPacedAsync(clock, Enumerable.Range(0, 17).Select(i => sender.SendAsync(Message($"paced{i}"), CancellationToken.None)));

        ReceivedMail[] delivered = graph.Delivered.ToArray();
        Assert.Equal(17, delivered.Length);
        TimeSpan tightest = Enumerable.Range(0, delivered.Length - limit).Min(i => delivered[i + limit].At - delivered[i].At);
        output.WriteLine($"{delivered.Length} messages in {delivered[^1].At - delivered[0].At} on the pacer's clock; tightest span of {limit + 1} consecutive: {tightest} (window {window})");
        Assert.True(tightest >= window, $"{limit + 1} messages arrived within {tightest}");
        Assert.Equal(Start + (3 * window), delivered[^1].At); // and no slower than the rule asks: 17 at 5 a minute, in three minutes
    }

    [Fact]
    public async Task Reminders_of_193_countries_falling_due_at_once_stay_under_the_rate()
    {
        // A measured run at the mailbox's 30 a minute, on a fake clock moved to each moment the pacer
        // waits for: the pace is judged on that clock, and the run takes as long as storage and HTTP do.
        const int limit = 30;
        TimeSpan window = TimeSpan.FromMinutes(1);
        var clock = new WatchedClock(Start);
        graph.Clock = clock;
        GraphNotificationSender sender = Sender(limit, window, clock);
        var real = System.Diagnostics.Stopwatch.StartNew();

        await SendPacedAsync(clock, Enumerable.Range(0, 193).Select(i => sender.SendAsync(Message($"all{i}", to: $"fp{i}@country.example"), CancellationToken.None)));
        real.Stop();

        ReceivedMail[] delivered = graph.Delivered.ToArray();
        Assert.Equal(193, delivered.Length);
        int busiest = delivered.Max(first => delivered.Count(m => m.At >= first.At && m.At < first.At + window));
        TimeSpan paced = delivered[^1].At - delivered[0].At;
        output.WriteLine(
            $"193 messages, limit {limit} per {window.TotalSeconds:0} s: the last went {paced:m' min 's' s'} after the first on the pacer's clock " +
            $"({paced / window:0.0} windows; at least {Math.Ceiling(193.0 / limit) - 1} needed), in {real.Elapsed.TotalSeconds:0.0} s of real time; busiest window held {busiest}.");
        Assert.True(busiest <= limit, $"{busiest} messages in one window");
        Assert.Equal((Math.Ceiling(193.0 / limit) - 1) * window, paced);
    }

    /// <summary>
    /// Awaits <paramref name="sends"/>, moving <paramref name="clock"/> to each moment the pacer waits
    /// for as soon as it waits: the sends' own progress decides, never a sleep.
    /// </summary>
    private static async Task SendPacedAsync(WatchedClock clock, IEnumerable<Task<bool>> sends)
    {
        Task all = Task.WhenAll(sends);
        for (int wait = 1; ; wait++)
        {
            Task<DateTimeOffset> paused = clock.TimerAsync(wait);
            if (await Task.WhenAny(all, paused).WaitAsync(TimeSpan.FromMinutes(2)) == all)
            {
                await all;
                return;
            }

            clock.SetUtcNow(await paused);
        }
    }
}
