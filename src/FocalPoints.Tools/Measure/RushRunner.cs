using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Tools.Demo;
using Spectre.Console;

namespace FocalPoints.Tools.Measure;

/// <summary>
/// A deadline rush, measured: every Member State's focal point submits its risk assessment at once
/// (<c>--clients</c> concurrent HTTP clients), then the coordinators approve all of them the same
/// way, on a self-host of its own (the Azure Storage provider over a fresh Azurite unless
/// configured otherwise). Prints the latency of both bursts, how long until every country's next
/// step is open and until every workflow has caught up (its step-opened message sent), and the
/// storage requests behind them. Figures, not a test: nothing fails on time.
/// </summary>
public static class RushRunner
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(10);
    private static readonly string[] WeekBeforeDue = ["P7D"];

    public static async Task<int> RunAsync(SelfHostOptions options, int countries, int clients, CancellationToken cancellationToken)
    {
        if (countries is < 1 or > 193 || clients is < 1 or > 256)
        {
            await Console.Error.WriteLineAsync("--countries takes 1 to 193 and --clients 1 to 256.");
            return 2;
        }

        string data = Path.Combine(Path.GetTempPath(), "focalpoints-rush-" + Guid.NewGuid().ToString("N"));
        if (string.IsNullOrEmpty(options.StorageConnectionString))
        {
            options.DataDirectory = data; // a fresh Azurite: no earlier cycle's rows in the way
        }

        options.TaskHub = $"Rush{DateTime.UtcNow:yyyyMMddHHmmss}";
        await using SelfHostApp host = await NetworkHost.StartAsync(options, cancellationToken);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, host.Stopping);
        stop.CancelAfter(GiveUpAfter);
        using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(100) };
        var api = new NetworkClient(http);
        UnMemberState[] members = [.. UnMemberStates.All.Take(countries)];
        string cycleId = $"rush-{DateTime.UtcNow:yyyyMMdd-HHmmss}";
        AnsiConsole.MarkupLine($"Rush on {host.BaseAddress} (engine: {options.Engine}, storage: {(string.IsNullOrEmpty(options.StorageConnectionString) ? "a fresh Azurite" : "the configured account")}): {countries} countries, {clients} concurrent clients.");

        try
        {
            await api.RegisterAsync(members, stop.Token);

            // A schedule of weeks: no reminder or escalation falls inside the rush.
            await api.SendAsync(HttpMethod.Post, "/api/cycles", NetworkClient.CoordinatorHeader, new
            {
                cycleId,
                title = "Deadline rush",
                countries = members.Select(m => m.Iso3).ToArray(),
                schedule = new { stepDuration = "P30D", reviewDuration = "P14D", reminderOffsets = WeekBeforeDue, overdueReminderEvery = "P7D", escalateAfter = "P14D" },
            }, stop.Token);
            TimeSpan opened = await WaitForAsync(api, cycleId, c => (string?)c["currentStep"] == "riskAssessment" && (string?)c["stepStatus"] == "open", stop.Token);
            AnsiConsole.MarkupLine($"All {countries} risk assessments open {opened.TotalSeconds:0.0} s after the cycle was opened.");

            Burst submissions = await BurstAsync(host, members, clients, (state, index, ct) => api.TrySendAsync(
                HttpMethod.Post,
                $"/api/cycles/{cycleId}/countries/{state.Iso3}/steps/risk-assessment/submission",
                NetworkClient.FocalPointHeader(state.Iso3),
                DemoContent.For(StrategyStep.RiskAssessment, index),
                ct,
                idempotencyKey: $"rush-{state.Iso3}"), stop.Token);
            Burst reviews = await BurstAsync(host, members, clients, (state, _, ct) => api.TrySendAsync(
                HttpMethod.Post,
                $"/api/cycles/{cycleId}/countries/{state.Iso3}/steps/risk-assessment/review",
                NetworkClient.CoordinatorHeader,
                new { decision = "approve" },
                ct), stop.Token);
            TimeSpan nextOpen = await WaitForAsync(api, cycleId, c => (string?)c["currentStep"] == "actionPrioritisation" && (string?)c["stepStatus"] == "open", stop.Token);
            TimeSpan sinceFirstApproval = reviews.Duration + nextOpen;
            TimeSpan caughtUp = sinceFirstApproval + await WaitForStepOpenedMessagesAsync(api, cycleId, countries, stop.Token);

            var table = new Table().Title($"Deadline rush: {countries} countries, {clients} concurrent clients").AddColumns("", "p50", "p95", "max", "burst", "refused", "storage requests / request (app + engine)");
            table.AddRow("Submissions (202)", Ms(submissions.Percentile(50)), Ms(submissions.Percentile(95)), Ms(submissions.Percentile(100)), $"{submissions.Duration.TotalSeconds:0.0} s", submissions.Refused.ToString(CultureInfo.InvariantCulture), submissions.RequestsPerCall(countries));
            table.AddRow("Approvals (202)", Ms(reviews.Percentile(50)), Ms(reviews.Percentile(95)), Ms(reviews.Percentile(100)), $"{reviews.Duration.TotalSeconds:0.0} s", reviews.Refused.ToString(CultureInfo.InvariantCulture), reviews.RequestsPerCall(countries));
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine(
                $"Every next step (action prioritisation) open [bold]{sinceFirstApproval.TotalSeconds:0.0} s[/] after the first approval " +
                $"({nextOpen.TotalSeconds:0.0} s after the last): the approval opens it in its own write.");
            AnsiConsole.MarkupLine(
                $"Every workflow caught up (its step-opened message sent) [bold]{caughtUp.TotalSeconds:0.0} s[/] after the first approval " +
                $"({countries / caughtUp.TotalSeconds:0.0} workflow transitions per second).");
            return submissions.Refused + reviews.Refused == 0 ? 0 : 1;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && !host.Stopping.IsCancellationRequested)
        {
            AnsiConsole.MarkupLine($"[red]The rush did not finish within {GiveUpAfter.TotalMinutes:0} minutes.[/]");
            return 3;
        }
        finally
        {
            TempFolder.TryDelete(data);
        }
    }

    private static async Task<Burst> BurstAsync(SelfHostApp host, UnMemberState[] members, int clients, Func<UnMemberState, int, CancellationToken, Task<(HttpStatusCode Status, string Body)>> send, CancellationToken ct)
    {
        var latencies = new ConcurrentBag<double>();
        int refused = 0;
        long app = host.AppRequests.Count;
        long engine = host.EngineRequests.Count;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            members.Select((state, index) => (state, index)),
            new ParallelOptions { MaxDegreeOfParallelism = clients, CancellationToken = ct },
            async (member, token) =>
            {
                long start = Stopwatch.GetTimestamp();
                (HttpStatusCode status, string body) = await send(member.state, member.index, token);
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (status != HttpStatusCode.Accepted)
                {
                    Interlocked.Increment(ref refused);
                    AnsiConsole.MarkupLine($"[red]{member.state.Iso3}: {(int)status}[/] {Markup.Escape(body)}");
                }
            });
        return new Burst([.. latencies.Order()], clock.Elapsed, refused, host.AppRequests.Count - app, host.EngineRequests.Count - engine);
    }

    /// <summary>
    /// Polls the network view until every country matches; the time it took (at most one interval
    /// late). Twice a second: the view is one Table query, but Azurite answers it by scanning the
    /// cycles table, and ten times a second competed with the engine for it.
    /// </summary>
    private static async Task<TimeSpan> WaitForAsync(NetworkClient api, string cycleId, Func<JsonNode, bool> done, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (!(await api.ViewAsync(cycleId, ct)).All(c => done(c!)))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
        }

        return clock.Elapsed;
    }

    /// <summary>Polls the outbox once a second until every country's action-prioritisation step-opened message is in it.</summary>
    private static async Task<TimeSpan> WaitForStepOpenedMessagesAsync(NetworkClient api, string cycleId, int countries, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while ((await api.OutboxAsync(cycleId, ct))
            .Where(m => (string?)m!["moment"] == "stepOpened" && (string?)m["step"] == "actionPrioritisation")
            .Select(m => (string?)m!["country"]).Distinct().Count() < countries)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
        }

        return clock.Elapsed;
    }

    private static string Ms(double milliseconds) => $"{milliseconds:0} ms";

    private sealed record Burst(double[] Latencies, TimeSpan Duration, int Refused, long AppRequests, long EngineRequests)
    {
        /// <summary>The nearest-rank percentile of the sorted latencies.</summary>
        public double Percentile(int p) => Latencies[Math.Clamp((int)Math.Ceiling(p / 100.0 * Latencies.Length) - 1, 0, Latencies.Length - 1)];

        public string RequestsPerCall(int calls) => $"{(AppRequests + EngineRequests) / (double)calls:0.0} ({AppRequests / (double)calls:0.0} + {EngineRequests / (double)calls:0.0})";
    }
}
