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

    public static async Task<int> RunAsync(SelfHostOptions options, int countries, int clients, int nodes, CancellationToken cancellationToken)
    {
        if (countries is < 1 or > 193 || clients is < 1 or > 256 || nodes is < 1 or > 4)
        {
            await Console.Error.WriteLineAsync("--countries takes 1 to 193, --clients 1 to 256 and --nodes 1 to 4.");
            return 2;
        }

        // With more than one node, the same rush on one node first, on storage of its own, so the figures stand side by side.
        int[] runs = nodes == 1 ? [1] : [1, nodes];
        var results = new List<RushResult>();
        foreach (int run in runs)
        {
            RushResult? result = await RunOnceAsync(options, countries, clients, run, cancellationToken);
            if (result is null)
            {
                return 3;
            }

            results.Add(result);
        }

        if (results.Count > 1)
        {
            var table = new Table().Title($"The same rush on one node and on {nodes} nodes sharing one task hub").AddColumns("nodes", "submissions p95", "approvals p95", "every next step open", "every workflow caught up");
            foreach (RushResult r in results)
            {
                table.AddRow(r.Nodes.ToString(CultureInfo.InvariantCulture), Ms(r.Submissions.Percentile(95)), Ms(r.Approvals.Percentile(95)), $"{r.NextStepOpen.TotalSeconds:0.0} s", $"{r.CaughtUp.TotalSeconds:0.0} s");
            }

            AnsiConsole.Write(table);
        }

        return results.Sum(r => r.Submissions.Refused + r.Approvals.Refused) == 0 ? 0 : 1;
    }

    /// <summary>
    /// One rush on <paramref name="nodes"/> self-hosts on one storage account and task hub (the first starts a fresh
    /// Azurite unless storage is configured; the others use its account), the clients' requests spread over them in turn.
    /// </summary>
    private static async Task<RushResult?> RunOnceAsync(SelfHostOptions configured, int countries, int clients, int nodes, CancellationToken cancellationToken)
    {
        string data = Path.Combine(Path.GetTempPath(), "focalpoints-rush-" + Guid.NewGuid().ToString("N"));
        SelfHostOptions options = Copy(configured);
        if (string.IsNullOrEmpty(options.StorageConnectionString))
        {
            options.DataDirectory = data; // a fresh Azurite: no earlier cycle's rows in the way
        }

        options.TaskHub = $"Rush{DateTime.UtcNow:yyyyMMddHHmmss}n{nodes}";
        var hosts = new List<SelfHostApp>();
        var https = new List<HttpClient>();
        try
        {
            hosts.Add(await NetworkHost.StartAsync(options, cancellationToken));
            SelfHostOptions others = Copy(options);
            others.StorageConnectionString = hosts[0].StorageConnectionString;
            while (hosts.Count < nodes)
            {
                others.WorkerId = $"rush-node-{hosts.Count + 1}"; // each replica its own lease owner
                hosts.Add(await NetworkHost.StartAsync(Copy(others), cancellationToken));
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource([cancellationToken, .. hosts.Select(h => h.Stopping)]);
            stop.CancelAfter(GiveUpAfter);
            https.AddRange(hosts.Select(h => new HttpClient { BaseAddress = h.BaseAddress, Timeout = TimeSpan.FromSeconds(100) }));
            NetworkClient[] apis = [.. https.Select(h => new NetworkClient(h))];
            NetworkClient api = apis[0];
            UnMemberState[] members = [.. UnMemberStates.All.Take(countries)];
            string cycleId = $"rush-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{nodes}";
            AnsiConsole.MarkupLine($"Rush on {string.Join(", ", hosts.Select(h => h.BaseAddress))} ({nodes} node(s), one task hub; engine: {options.Engine}, storage: {(string.IsNullOrEmpty(configured.StorageConnectionString) ? "a fresh Azurite" : "the configured account")}): {countries} countries, {clients} concurrent clients.");

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

            // Country i's requests go to node i mod n, as a load balancer would spread them.
            Burst submissions = await BurstAsync(hosts, members, clients, (state, index, ct) => apis[index % nodes].TrySendAsync(
                HttpMethod.Post,
                $"/api/cycles/{cycleId}/countries/{state.Iso3}/steps/risk-assessment/submission",
                NetworkClient.FocalPointHeader(state.Iso3),
                DemoContent.For(StrategyStep.RiskAssessment, index),
                ct,
                idempotencyKey: $"rush-{state.Iso3}"), stop.Token);
            Burst reviews = await BurstAsync(hosts, members, clients, (state, index, ct) => apis[(index + 1) % nodes].TrySendAsync(
                HttpMethod.Post,
                $"/api/cycles/{cycleId}/countries/{state.Iso3}/steps/risk-assessment/review",
                NetworkClient.CoordinatorHeader,
                new { decision = "approve" },
                ct), stop.Token);
            TimeSpan nextOpen = await WaitForAsync(api, cycleId, c => (string?)c["currentStep"] == "actionPrioritisation" && (string?)c["stepStatus"] == "open", stop.Token);
            TimeSpan sinceFirstApproval = reviews.Duration + nextOpen;
            TimeSpan caughtUp = sinceFirstApproval + await WaitForStepOpenedMessagesAsync(api, cycleId, countries, stop.Token);

            var table = new Table().Title($"Deadline rush: {countries} countries, {clients} concurrent clients, {nodes} node(s)").AddColumns("", "p50", "p95", "max", "burst", "refused", "storage requests / request (app + engine)");
            table.AddRow("Submissions (202)", Ms(submissions.Percentile(50)), Ms(submissions.Percentile(95)), Ms(submissions.Percentile(100)), $"{submissions.Duration.TotalSeconds:0.0} s", submissions.Refused.ToString(CultureInfo.InvariantCulture), submissions.RequestsPerCall(countries));
            table.AddRow("Approvals (202)", Ms(reviews.Percentile(50)), Ms(reviews.Percentile(95)), Ms(reviews.Percentile(100)), $"{reviews.Duration.TotalSeconds:0.0} s", reviews.Refused.ToString(CultureInfo.InvariantCulture), reviews.RequestsPerCall(countries));
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine(
                $"Every next step (action prioritisation) open [bold]{sinceFirstApproval.TotalSeconds:0.0} s[/] after the first approval " +
                $"({nextOpen.TotalSeconds:0.0} s after the last): the approval opens it in its own write.");
            AnsiConsole.MarkupLine(
                $"Every workflow caught up (its step-opened message sent) [bold]{caughtUp.TotalSeconds:0.0} s[/] after the first approval " +
                $"({countries / caughtUp.TotalSeconds:0.0} workflow transitions per second).");
            return new RushResult(nodes, submissions, reviews, sinceFirstApproval, caughtUp);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && !hosts.Any(h => h.Stopping.IsCancellationRequested))
        {
            AnsiConsole.MarkupLine($"[red]The rush on {nodes} node(s) did not finish within {GiveUpAfter.TotalMinutes:0} minutes.[/]");
            return null;
        }
        finally
        {
            https.ForEach(h => h.Dispose());

            // The nodes that use the first one's Azurite stop before it does.
            for (int i = hosts.Count - 1; i >= 0; i--)
            {
                await hosts[i].DisposeAsync();
            }

            TempFolder.TryDelete(data);
        }
    }

    private static SelfHostOptions Copy(SelfHostOptions o) => new()
    {
        Urls = o.Urls,
        StorageConnectionString = o.StorageConnectionString,
        Engine = o.Engine,
        DataDirectory = o.DataDirectory,
        TaskHub = o.TaskHub,
        Environment = o.Environment,
        AllowDevelopmentSignInOnNetwork = o.AllowDevelopmentSignInOnNetwork,
        AllowStorageEmulator = o.AllowStorageEmulator,
        PortalDirectory = o.PortalDirectory,
        WorkerId = o.WorkerId,
    };

    private static async Task<Burst> BurstAsync(List<SelfHostApp> hosts, UnMemberState[] members, int clients, Func<UnMemberState, int, CancellationToken, Task<(HttpStatusCode Status, string Body)>> send, CancellationToken ct)
    {
        var latencies = new ConcurrentBag<double>();
        int refused = 0;
        long app = hosts.Sum(h => h.AppRequests.Count);
        long engine = hosts.Sum(h => h.EngineRequests.Count);
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
        return new Burst([.. latencies.Order()], clock.Elapsed, refused, hosts.Sum(h => h.AppRequests.Count) - app, hosts.Sum(h => h.EngineRequests.Count) - engine);
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

    private sealed record RushResult(int Nodes, Burst Submissions, Burst Approvals, TimeSpan NextStepOpen, TimeSpan CaughtUp);

    private sealed record Burst(double[] Latencies, TimeSpan Duration, int Refused, long AppRequests, long EngineRequests)
    {
        /// <summary>The nearest-rank percentile of the sorted latencies.</summary>
        public double Percentile(int p) => Latencies[Math.Clamp((int)Math.Ceiling(p / 100.0 * Latencies.Length) - 1, 0, Latencies.Length - 1)];

        public string RequestsPerCall(int calls) => $"{(AppRequests + EngineRequests) / (double)calls:0.0} ({AppRequests / (double)calls:0.0} + {EngineRequests / (double)calls:0.0})";
    }
}
