using System.Diagnostics;
using System.Globalization;
using FocalPoints.Api.Summaries;
using FocalPoints.Application.Access;
using FocalPoints.Application.Insights;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Summaries;
using FocalPoints.Infrastructure.Storage;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Tools.Demo;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console;

namespace FocalPoints.Tools.Measure;

/// <summary>
/// A measured run for 193 countries: how long the comparative summary of the whole network takes to
/// generate and how much it allocates, and how many Table requests the network progress view and the network
/// insights make (and how long the insights take from Azurite).
/// Figures, not a test: these machines are shared, so nothing here passes or fails on time.
/// </summary>
public static class MeasureRunner
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private const int WarmUpCalls = 60;
    private static readonly TimeSpan WarmUpPause = TimeSpan.FromMilliseconds(500);

    public static async Task<int> RunAsync(int iterations, CancellationToken cancellationToken)
    {
        UnMemberState[] all = [.. UnMemberStates.All];
        CountrySummary[] reviewers = Summaries(all, SummaryAudience.PeerReviewers);
        var session = new PeerReviewSession("pr-measure", "Whole network", new DateOnly(2027, 9, 15), "2027", all.Select(s => s.Iso3).ToArray(), null, ["reviewer@peer.example"], DateTime.UnixEpoch);
        var outcomes = new FollowUps(
            all.Select((s, i) => new Recommendation(session.SessionId, "2027", s.Iso3, 1, "Publish the early-warning indicators.", i % 2 == 0 ? RecommendationStatus.Accepted : RecommendationStatus.Noted, new DateOnly(2028, 3, 1))).ToArray(),
            []);

        // Each measured operation is warmed up first, then timed over the iterations on this thread.
        (TimeSpan summariesTime, long summariesBytes) = Measure(iterations, () => Summaries(all, SummaryAudience.PeerReviewers));
        (TimeSpan htmlTime, long htmlBytes) = Measure(iterations, () => ComparativeSummary.Html(session, reviewers, outcomes, new DateOnly(2027, 9, 15), SummaryAudience.PeerReviewers, English));
        (TimeSpan mdTime, long mdBytes) = Measure(iterations, () => ComparativeSummary.Markdown(session, reviewers, outcomes, new DateOnly(2027, 9, 15), SummaryAudience.PeerReviewers, English));
        (TimeSpan countryTime, long countryBytes) = Measure(iterations, () => SummaryHtml.Render(reviewers[0], English));
        int htmlLength = ComparativeSummary.Html(session, reviewers, outcomes, new DateOnly(2027, 9, 15), SummaryAudience.PeerReviewers, English).Length;

        (long requests, int rows, TimeSpan viewTime, StoredInsights insights) = await ProgressViewAsync(all, iterations, cancellationToken);

        var table = new Table().Title($"Measured run, 193 countries ({iterations} iterations each, mean)").AddColumns("What", "Time", "Allocated");
        table.AddRow("Build 193 country summaries (peer-review edition)", Ms(summariesTime), Kb(summariesBytes));
        table.AddRow($"Comparative summary, HTML ({htmlLength / 1024} KiB)", Ms(htmlTime), Kb(htmlBytes));
        table.AddRow("Comparative summary, Markdown", Ms(mdTime), Kb(mdBytes));
        table.AddRow("One country summary, HTML with charts", Ms(countryTime), Kb(countryBytes));
        table.AddRow($"Network progress view ({rows} countries, Azurite)", Ms(viewTime), $"{requests} Table request(s)");
        table.AddRow($"Network insights ({rows} countries, {insights.Submissions} approved steps, Azurite, one range query)", Ms(insights.Time), $"{insights.Requests} Table request(s)");
        AnsiConsole.Write(table);
        return requests == 1 && insights.Requests == 1 ? 0 : 1;
    }

    private static CountrySummary[] Summaries(UnMemberState[] states, SummaryAudience audience) => states
        .Select((s, i) => SummaryBuilder.Build(s.Iso3, s.Name, "2027", "National strategies 2027", new DateOnly(2027, 9, 15), audience, Approved(i)))
        .ToArray();

    /// <summary>Every step approved with the demo's content; a third of the countries share their risk assessment.</summary>
    private static ApprovedSteps Approved(int seed)
    {
        var approved = new ApprovedSteps(StrategySteps.InOrder.Select(step => DemoContent.For(step, seed)));
        return approved.With(approved.Get<RiskAssessmentContent>()! with { Sharing = seed % 3 == 0 ? Sharing.Network : Sharing.Confidential });
    }

    private static (TimeSpan Mean, long BytesPerRun) Measure<T>(int iterations, Func<T> run)
    {
        // Warm-up: enough calls for the JIT to promote the code to its optimised tier (30 calls, then a
        // short pause in which it recompiles in the background), so the figure is the steady state a
        // running host has, not the first calls after a start.
        for (int i = 0; i < WarmUpCalls; i++)
        {
            GC.KeepAlive(run());
        }

        Thread.Sleep(WarmUpPause);
        GC.Collect();
        GC.WaitForPendingFinalizers();

        long before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < iterations; i++)
        {
            GC.KeepAlive(run());
        }

        clock.Stop();
        return (clock.Elapsed / iterations, (GC.GetAllocatedBytesForCurrentThread() - before) / iterations);
    }

    private static async Task<(long Requests, int Rows, TimeSpan Time, StoredInsights Insights)> ProgressViewAsync(UnMemberState[] states, int iterations, CancellationToken cancellationToken)
    {
        string data = Path.Combine(Path.GetTempPath(), "focalpoints-measure-" + Guid.NewGuid().ToString("N"));
        await using Azurite azurite = await Azurite.StartAsync(data, NullLogger.Instance, cancellationToken: cancellationToken);
        var counter = new RequestCounter();
        var options = new Azure.Data.Tables.TableClientOptions();
        options.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerRetry);
        var tables = new Azure.Data.Tables.TableServiceClient(azurite.ConnectionString, options);
        await new TableProvisioner(tables).StartAsync(cancellationToken);
        var cycles = new TableCycleStore(tables);
        var schedule = new CycleSchedule(TimeSpan.FromDays(60), TimeSpan.FromDays(14), [TimeSpan.FromDays(7)], TimeSpan.FromDays(7), TimeSpan.FromDays(14));
        string[] countries = states.Select(s => s.Iso3).ToArray();
        await cycles.TryAddCycleAsync(new CycleRecord(new CycleDefinition("2027", "National strategies 2027", countries, schedule), "measure", DateTime.UtcNow), cancellationToken);
        await new TableStrategyRepository(tables).AddMissingAsync(
            countries.Select(c => StrategyProgress.StartFor("2027", c, DateTime.UtcNow, null)).ToArray(), cancellationToken);

        var reads = new TableStrategyReads(tables);
        _ = await reads.GetNetworkViewAsync("2027", cancellationToken);
        long before = counter.Count;
        var clock = Stopwatch.StartNew();
        NetworkView view = (await reads.GetNetworkViewAsync("2027", cancellationToken))!;
        clock.Stop();
        long requests = counter.Count - before;
        StoredInsights insights = await InsightsAsync(tables, counter, countries, iterations, cancellationToken);
        TempFolder.TryDelete(data);

        return (requests, view.Countries.Count, clock.Elapsed, insights);
    }

    /// <summary>The network insights of a cycle in which every country had every step approved with the demo's content (shared in two cases of three): the time of the use case and its Table requests.</summary>
    private static async Task<StoredInsights> InsightsAsync(Azure.Data.Tables.TableServiceClient tables, RequestCounter counter, string[] countries, int iterations, CancellationToken cancellationToken)
    {
        var repository = new TableStrategyRepository(tables);
        DateTime now = DateTime.UtcNow;
        for (int i = 0; i < countries.Length; i++)
        {
            foreach (StrategyStep step in StrategySteps.InOrder)
            {
                Strategy strategy = (await repository.LoadAsync("2027", countries[i], null, cancellationToken))!;
                StepContent content = DemoContent.For(step, i) with { Sharing = i % 3 == 0 ? Sharing.Confidential : Sharing.Network };
                StrategyProgress approved = strategy.Progress with
                {
                    Steps = strategy.Progress.Steps.Select(s => s.Step == step ? s with { Status = StepStatus.Approved, SubmittedVersions = 1 } : s).ToArray(),
                };
                await repository.SaveAsync(new StrategyChange(strategy.ETag, approved) { Submission = new StoredSubmission(step, 1, StepContentJson.Serialize(content), "measure", now) }, cancellationToken);
            }
        }

        var insights = new ReadNetworkInsights(new TableInsightReads(tables), new AccessControl(new TableDirectoryStore(tables)), TimeProvider.System);
        var coordinator = new Caller("measure", "measure@network.example", new HashSet<string> { Roles.Coordinator });
        _ = await insights.ExecuteAsync(coordinator, "2027", cancellationToken);
        long before = counter.Count;
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < iterations; i++)
        {
            _ = await insights.ExecuteAsync(coordinator, "2027", cancellationToken);
        }

        clock.Stop();
        return new StoredInsights((counter.Count - before) / iterations, clock.Elapsed / iterations, countries.Length * StrategySteps.InOrder.Count);
    }

    private sealed record StoredInsights(long Requests, TimeSpan Time, int Submissions);

    private static string Ms(TimeSpan t) => $"{t.TotalMilliseconds:0.00} ms";

    private static string Kb(long bytes) => $"{bytes / 1024.0:0} KiB";
}
