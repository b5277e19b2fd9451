using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Workflow;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace FocalPoints.Tools.Demo;

/// <summary>
/// Plays a whole cycle against a running self-host over its HTTP API: registers members, opens a
/// cycle with a schedule in seconds, and acts as each country's focal point and as a coordinator.
/// The first country is returned once; the last lets its first step fall overdue until the
/// coordinators are told. Ends with the network table, the outbox counts and the figures.
/// </summary>
public sealed class DemoRunner(NetworkClient api, int countries)
{
    private static readonly string[] DemoReminderOffsets = ["PT10S"];

    private readonly UnMemberState[] members = Pick(countries);
    private const string CyclePrefix = "demo-";

    private readonly string cycleId = $"{CyclePrefix}{DateTime.UtcNow:yyyyMMdd-HHmmss}";
    private readonly HashSet<string> returnedOnce = [];
    private readonly Dictionary<string, string> acted = [];

    /// <summary>The default <c>--deadline</c>: the 193-country demo finishes in about five minutes on the Azure Storage provider.</summary>
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromMinutes(15);

    /// <returns>0 when every strategy completed; 1 when stopped by a signal; 3 when the deadline passed first (what is stuck is printed).</returns>
    public static async Task<int> RunAsync(SelfHostOptions options, int countries, TimeSpan deadline, CancellationToken cancellationToken)
    {
        if (countries is < 1 or > 193)
        {
            await Console.Error.WriteLineAsync("--countries takes 1 to 193.");
            return 2;
        }

        if (deadline <= TimeSpan.Zero)
        {
            await Console.Error.WriteLineAsync("--deadline must be positive, e.g. 00:15:00.");
            return 2;
        }

        string servedAt = HostSettings.Resolve(options, []).Urls ?? HostSettings.DefaultUrls; // where `dotnet run` serves the portal afterwards
        await using SelfHostApp host = await NetworkHost.StartAsync(options, cancellationToken);
        AnsiConsole.MarkupLine($"FocalPoints self-host listening on [bold]{host.BaseAddress}[/] (storage: {(string.IsNullOrEmpty(options.StorageConnectionString) ? "Azurite started here" : "configured account")}, engine: {options.Engine}).");
        using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(100) };
        var demo = new DemoRunner(new NetworkClient(http), countries);

        // SIGTERM or Ctrl+C stops the host's lifetime: the demo stops with it, and so does the deadline.
        using var overdue = new CancellationTokenSource(deadline);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, host.Stopping, overdue.Token);
        long appBefore;
        long engineBefore;
        var clock = Stopwatch.StartNew();
        JsonArray finalView;
        try
        {
            await demo.CancelEarlierDemosAsync(stop.Token);
            await demo.RegisterAsync(stop.Token);
            appBefore = host.AppRequests.Count;
            engineBefore = host.EngineRequests.Count;
            clock.Restart();
            await demo.OpenCycleAsync(stop.Token);
            finalView = await demo.PlayAsync(host.Services.GetRequiredService<DurableTaskClient>(), stop.Token);
        }
        catch (OperationCanceledException) when (overdue.IsCancellationRequested && !host.Stopping.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            AnsiConsole.MarkupLine($"[red]The demo did not finish within its deadline ({deadline}).[/]");
            using var report = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            await new StuckReport(host.Services.GetRequiredService<DurableTaskClient>(), demo.cycleId).PrintAsync(await demo.ViewAsync(report.Token), report.Token);
            return 3;
        }
        catch (OperationCanceledException) when (host.Stopping.IsCancellationRequested || cancellationToken.IsCancellationRequested)
        {
            AnsiConsole.MarkupLine($"Stopped after {clock.Elapsed.TotalSeconds:0} s, before cycle [bold]{demo.cycleId}[/] finished.");
            return 1;
        }

        clock.Stop();
        long appRequests = host.AppRequests.Count - appBefore;
        long engineRequests = host.EngineRequests.Count - engineBefore;

        await demo.PrintAsync(finalView, cancellationToken);
        AnsiConsole.MarkupLine($"Cycle [bold]{demo.cycleId}[/]: {countries} strategies completed in [bold]{clock.Elapsed.TotalSeconds:0.0} s[/].");
        AnsiConsole.MarkupLine(
            $"Storage requests per completed strategy: [bold]{(appRequests + engineRequests) / (double)countries:0}[/] " +
            $"(application tables {appRequests / (double)countries:0}, durable engine {engineRequests / (double)countries:0}; counted in the Azure SDK pipeline, demo polling included).");
        demo.PrintHowToBrowse(servedAt, options);
        return 0;
    }

    /// <summary>
    /// Cancels the strategies an earlier demo left unfinished (it was stopped or missed its deadline):
    /// nobody acts for them any more, and with a schedule in seconds their workflows would remind
    /// and tell the coordinators they are overdue every few seconds for as long as the data is kept,
    /// a load on the engine that slows every later run. Only the demo's own cycles (<c>demo-…</c>);
    /// they stay readable, as cancelled.
    /// </summary>
    private async Task CancelEarlierDemosAsync(CancellationToken ct)
    {
        var unfinished = new List<(string CycleId, string Country)>();
        foreach (JsonNode cycle in ((JsonArray)(await api.GetAsync("/api/cycles", NetworkClient.CoordinatorHeader, ct))["cycles"]!).Select(c => c!))
        {
            string earlier = (string)cycle["cycleId"]!;
            if (earlier.StartsWith(CyclePrefix, StringComparison.Ordinal) && earlier != cycleId)
            {
                unfinished.AddRange((await api.ViewAsync(earlier, ct)).Where(c => (string?)c!["status"] == "inProgress").Select(c => (earlier, (string)c!["country"]!)));
            }
        }

        if (unfinished.Count == 0)
        {
            return;
        }

        // One that cannot be cancelled (it finished meanwhile, or its workflow ran on another engine) is only counted.
        int refused = 0;
        await Parallel.ForEachAsync(unfinished, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct }, async (strategy, token) =>
        {
            HttpStatusCode status = await api.TrySendAsync(HttpMethod.Delete, $"/api/cycles/{strategy.CycleId}/countries/{strategy.Country}", NetworkClient.CoordinatorHeader, token);
            if ((int)status is < 200 or > 299)
            {
                Interlocked.Increment(ref refused);
            }
        });
        int cancelled = unfinished.Count - refused;
        int cycles = unfinished.Select(u => u.CycleId).Distinct().Count();
        AnsiConsole.MarkupLine(
            $"Cancelled {cancelled} of the {unfinished.Count} {(unfinished.Count == 1 ? "strategy" : "strategies")} that earlier demos left unfinished " +
            $"(in {cycles} {(cycles == 1 ? "cycle" : "cycles")}), so their reminders stop.");
    }

    private async Task RegisterAsync(CancellationToken ct)
    {
        await api.RegisterAsync(members, ct);
        AnsiConsole.MarkupLine($"Registered {members.Length} members and the coordinator.");
    }

    private async Task OpenCycleAsync(CancellationToken ct)
    {
        await api.SendAsync(HttpMethod.Post, "/api/cycles", NetworkClient.CoordinatorHeader, new
        {
            cycleId,
            title = "National strategies (demo)",
            countries = members.Select(m => m.Iso3).ToArray(),
            schedule = new { stepDuration = "PT20S", reviewDuration = "PT10S", reminderOffsets = DemoReminderOffsets, overdueReminderEvery = "PT5S", escalateAfter = "PT8S" },
        }, ct);
        AnsiConsole.MarkupLine($"Opened cycle [bold]{cycleId}[/]: steps last 20 s, reminders 10 s before, overdue every 5 s, escalation 8 s late.");
    }

    /// <summary>
    /// One conductor loop over the network view (one Table query a round) acting for everyone, until
    /// every strategy is completed and its workflow has finished too: the last approval completes the
    /// strategy in its own write, and the workflow then sends the messages and ends.
    /// </summary>
    private async Task<JsonArray> PlayAsync(DurableTaskClient workflows, CancellationToken ct)
    {
        var running = new HashSet<string>(members.Select(m => m.Iso3));
        JsonArray view = [];
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                ProgressTask bar = progress.AddTask("Steps approved", maxValue: members.Length * 4);
                string late = members[^1].Iso3;
                bool escalated = members.Length == 1;
                while (true)
                {
                    view = await ViewAsync(ct);
                    bar.Value = view.Sum(c => (int)c!["completedSteps"]!);
                    if (view.All(c => (string?)c!["status"] == "completed"))
                    {
                        foreach (string iso3 in running.ToArray())
                        {
                            OrchestrationMetadata? instance = await workflows.GetInstanceAsync(WorkflowNames.InstanceId(cycleId, iso3), getInputsAndOutputs: false, ct);
                            if (instance?.RuntimeStatus == OrchestrationRuntimeStatus.Completed)
                            {
                                running.Remove(iso3);
                            }
                        }

                        if (running.Count == 0)
                        {
                            break;
                        }
                    }

                    if (!escalated)
                    {
                        JsonArray outbox = await api.OutboxAsync(cycleId, ct);
                        escalated = outbox.Any(m => (string?)m!["country"] == late && (string?)m["moment"] == "escalation");
                    }

                    await Parallel.ForEachAsync(
                        view.Select(c => c!).Where(c => escalated || (string)c["country"]! != late).ToArray(),
                        new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct },
                        async (country, token) => await ActAsync(country, token));
                    await Task.Delay(500, ct);
                }
            });
        return view;
    }

    private Task<JsonArray> ViewAsync(CancellationToken ct) => api.ViewAsync(cycleId, ct);

    private async Task ActAsync(JsonNode country, CancellationToken ct)
    {
        string iso3 = (string)country["country"]!;
        string stepName = (string)country["currentStep"]!;
        string status = (string)country["stepStatus"]!;
        StrategyStep step = Enum.Parse<StrategyStep>(stepName, ignoreCase: true);
        string state = $"{stepName}:{status}:{(int)country["completedSteps"]!}";
        lock (acted)
        {
            if (acted.GetValueOrDefault(iso3) == state)
            {
                return; // already acted on this state; waiting for the workflow to move
            }

            acted[iso3] = state;
        }

        int seed = Array.FindIndex(members, m => m.Iso3 == iso3);
        string path = $"/api/cycles/{cycleId}/countries/{iso3}/steps/{step.ToSlug()}";
        if (status is "open" or "returned")
        {
            await api.SendAsync(HttpMethod.Post, $"{path}/submission", NetworkClient.FocalPointHeader(iso3), DemoContent.For(step, seed), ct, idempotencyKey: $"{state}");
        }
        else if (status == "submitted")
        {
            bool returnIt = seed == 0 && step == StrategyStep.RiskAssessment && returnedOnce.Add(iso3);
            await api.SendAsync(HttpMethod.Post, $"{path}/review", NetworkClient.CoordinatorHeader, returnIt
                ? new { decision = "return", comments = (string?)$"Please add the evidence behind the {DemoContent.HighFactor(seed)} rating." }
                : new { decision = "approve", comments = (string?)null }, ct);
        }
    }

    private async Task PrintAsync(JsonArray view, CancellationToken ct)
    {
        var table = new Table().Title("Network progress").AddColumns("Country", "Name", "Group", "Status", "Steps", "Last activity");
        foreach (JsonNode c in view.Select(c => c!))
        {
            UnMemberStates.TryGet((string)c["country"]!, out UnMemberState state);
            table.AddRow(state.Iso3, Markup.Escape(state.Name), ShortName(state.RegionalGroup), (string)c["status"]!, $"{(int)c["completedSteps"]!}/4", ((DateTime)c["lastActivityUtc"]!).ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
        JsonArray outbox = await api.OutboxAsync(cycleId, ct);
        var counts = new Table().Title("Outbox").AddColumns("Moment", "Messages");
        foreach (IGrouping<string, JsonNode?> group in outbox.GroupBy(m => (string)m!["moment"]!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            counts.AddRow(group.Key, group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(counts);
    }

    /// <summary>The cycle stays in storage: how to open it in the portal afterwards, and who to sign in as.</summary>
    private void PrintHowToBrowse(string servedAt, SelfHostOptions options)
    {
        string portal = servedAt.Split(';')[0].TrimEnd('/') + "/";
        AnsiConsole.MarkupLine(string.IsNullOrEmpty(options.StorageConnectionString)
            ? $"The cycle stays in Azurite's data folder ([bold]{Markup.Escape(options.DataDirectory)}[/]). Browse it: run [bold]dotnet run --project src/FocalPoints.SelfHost[/] and open [bold]{Markup.Escape(portal)}[/]."
            : $"The cycle stays in the configured storage account. Browse it: run [bold]dotnet run --project src/FocalPoints.SelfHost[/] and open [bold]{Markup.Escape(portal)}[/].");
        AnsiConsole.MarkupLine($"Sign in (Development form) as the coordinator: Username [bold]{NetworkClient.Coordinator}[/], Roles [bold]Coordinator[/]; or as a focal point: Username [bold]{NetworkClient.FocalPointEmail(members[0].Iso3)}[/], Roles [bold]FocalPoint[/] ({Markup.Escape(members[0].Name)}; every country's is focalpoint@<iso3>.example).");
    }

    private static string ShortName(RegionalGroup group) => group switch
    {
        RegionalGroup.AfricanStates => "African",
        RegionalGroup.AsiaPacificStates => "Asia-Pacific",
        RegionalGroup.EasternEuropeanStates => "Eastern European",
        RegionalGroup.LatinAmericanAndCaribbeanStates => "GRULAC",
        _ => "WEOG",
    };

    /// <summary>The first <paramref name="count"/> states, taken in turn from each regional group so a small demo spans the network.</summary>
    private static UnMemberState[] Pick(int count) => UnMemberStates.All
        .GroupBy(s => s.RegionalGroup)
        .SelectMany(g => g.Select((state, index) => (state, index)))
        .OrderBy(x => x.index)
        .ThenBy(x => x.state.RegionalGroup)
        .Take(count)
        .Select(x => x.state)
        .ToArray();
}
