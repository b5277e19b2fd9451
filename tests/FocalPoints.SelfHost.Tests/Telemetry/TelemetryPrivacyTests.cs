using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Testing;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Xunit.Abstractions;

namespace FocalPoints.SelfHost.Tests.Telemetry;

/// <summary>
/// The telemetry channel of <see cref="Workflow.CanaryTests"/>: the real self-host with an in-memory
/// exporter after the host's own processors (on the Azure Storage engine, whose polling must record
/// nothing), a submission and a review carrying a marker, mail sent
/// through (fake) Graph, a request whose query string carries an address and the marker; then the
/// spans must cover HTTP server, Table, the Graph HTTP client and Durable Task, and no span or metric
/// may carry an e-mail address (plain or percent-encoded) or the marker anywhere.
/// </summary>
public sealed partial class TelemetryPrivacyTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>
{
    private const string Canary = "CANARY-7e3a";
    private const string Cycle = "telemetry";
    private const string SenderMailbox = "focalpoints@network.example";

    [Fact(Timeout = 180_000)]
    public async Task Spans_cover_http_tables_graph_and_durable_task_and_no_span_or_metric_carries_an_address_or_step_content()
    {
        await using FakeGraphServer graph = await FakeGraphServer.StartAsync();
        var spans = new SpanRecorder();
        var metrics = new List<MetricSnapshot>();
        await using RunningHost host = await RunningHost.StartAsync(DurableEngineKind.AzureStorage, azurite.ConnectionString, output, settings: new Dictionary<string, string?>
        {
            ["Telemetry:Enabled"] = "true",
            ["Mail:Sender"] = "graph",
            ["Graph:BaseUrl"] = graph.BaseUrl,
            ["Graph:Authentication"] = "none",
            ["Graph:SenderMailbox"] = SenderMailbox,
        }, services: s =>
        {
            s.ConfigureOpenTelemetryTracerProvider(t => t.AddProcessor(spans));
            s.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics));
        });
        var network = new NetworkScenario(host.Api);
        await network.RegisterAsync("GHA");
        NetworkScenario.Ensure(await network.OpenCycleAsync(Cycle, ["GHA"], NetworkScenario.SlowSchedule), HttpStatusCode.Accepted);
        await network.WaitForOpenAsync(Cycle, "GHA", StrategyStep.RiskAssessment);

        RiskAssessmentContent risk = new RiskAssessmentBuilder()
            .WithFactor("RF9", RiskRating.Severe, Trend.Worsening, $"Evidence {Canary}", "9.3")
            .WithRestraint("R6", Capacity.Weak, $"Notes {Canary}")
            .SharedAs(Sharing.Confidential)
            .Build();
        RiskAssessmentContent refused = new RiskAssessmentBuilder().WithFactor("RF99", RiskRating.Severe, Trend.Worsening, $"Evidence {Canary}", "9.3").Build();
        Assert.Equal(HttpStatusCode.BadRequest, (await network.SubmitAsync(Cycle, "GHA", StrategyStep.RiskAssessment, refused)).Status);
        NetworkScenario.Ensure(await network.SubmitAsync(Cycle, "GHA", StrategyStep.RiskAssessment, risk), HttpStatusCode.Accepted);
        NetworkScenario.Ensure(await network.ReviewAsync(Cycle, "GHA", StrategyStep.RiskAssessment, ReviewDecision.Return, $"Comments {Canary}"), HttpStatusCode.Accepted);
        NetworkScenario.Ensure(await host.Api.GetAsync($"/api/cycles/{Cycle}?contact={Uri.EscapeDataString(Principals.FocalPointEmail("GHA"))}&note={Canary}", NetworkScenario.Coordinator), HttpStatusCode.OK);
        await network.WaitForOutboxAsync(Cycle, m => NetworkScenario.Has(m, "GHA", "returned"), "Ghana's returned message");
        await Eventually.WaitAsync(() => Task.FromResult(spans.Ended.Count(IsGraphCall)), n => n > 0 && graph.Delivered.Count > 0, TimeSpan.FromSeconds(30), "a Graph call recorded");
        Assert.True(host.App.Services.GetRequiredService<MeterProvider>().ForceFlush());

        Activity[] recorded = [.. spans.Ended];
        foreach (IGrouping<string, Activity> source in recorded.GroupBy(a => $"{a.Source.Name} {a.Kind}").OrderBy(g => g.Key))
        {
            output.WriteLine($"{source.Count(),5} spans {source.Key}: {string.Join(", ", source.Select(a => a.DisplayName).Distinct().Take(6))}");
        }

        Assert.Contains(recorded, a => a.Kind == ActivityKind.Server && a.Source.Name == "Microsoft.AspNetCore");
        Assert.Contains(recorded, a => a.Source.Name.StartsWith("Azure.Data.Tables", StringComparison.Ordinal));
        Assert.Contains(recorded, a => IsGraphCall(a) && ((string?)a.GetTagItem("url.full"))?.Contains("/users/{mailbox}/sendMail", StringComparison.Ordinal) == true);
        Assert.Contains(recorded, a => a.Source.Name == "Microsoft.DurableTask" && a.Kind == ActivityKind.Server);
        Assert.DoesNotContain(recorded, a => a.Source.Name.StartsWith("Azure.Storage", StringComparison.Ordinal)); // the engine's queue and blob polling
        Assert.DoesNotContain(recorded, a => a.Source.Name == "System.Net.Http" && a.Parent?.Source.Name.StartsWith("Azure.", StringComparison.Ordinal) == true); // the Azure SDK's own HTTP span stands
        Assert.Contains(metrics, m => m.Name == "http.server.request.duration");
        Assert.Contains(metrics, m => m.Name == "http.client.request.duration");

        string[] leaks = [.. recorded.SelectMany(Texts).Concat(metrics.SelectMany(Texts)).Where(Leaks).Distinct()];
        Assert.True(leaks.Length == 0, "Leaked into telemetry:\n" + string.Join("\n", leaks));
    }

    private static bool IsGraphCall(Activity span) =>
        span.Kind == ActivityKind.Client && ((string?)span.GetTagItem("url.full"))?.Contains("/sendMail", StringComparison.Ordinal) == true;

    // Any address, '@' plain or percent-encoded (Durable Task's "activity:Name@(1.2)" span names are not one),
    // and by name each address the scenario uses, in case a form the pattern misses carries one.
    private static bool Leaks(string text) =>
        Address().IsMatch(text)
        || new[] { SenderMailbox, Principals.FocalPointEmail("GHA"), Principals.CoordinatorEmail }.Any(a => text.Contains(a.Split('@')[0] + "@", StringComparison.OrdinalIgnoreCase) || text.Contains(a.Split('@')[0] + "%40", StringComparison.OrdinalIgnoreCase))
        || text.Contains(Canary, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"[\w.+-]+(?:@|%40)[\w-]+(?:\.[\w-]+)+", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    /// <summary>Everything an exporter could send of a span, each line naming where it came from.</summary>
    private static IEnumerable<string> Texts(Activity span)
    {
        string at = $"{span.Source.Name} '{span.DisplayName}'";
        yield return $"{at} name: {span.DisplayName} / {span.OperationName}";
        yield return $"{at} status: {span.StatusDescription}";
        foreach (KeyValuePair<string, object?> tag in span.TagObjects)
        {
            yield return $"{at} attribute {tag.Key}={Text(tag.Value)}";
        }

        foreach (ActivityEvent e in span.Events)
        {
            yield return $"{at} event {e.Name}: {string.Join(", ", e.Tags.Select(t => $"{t.Key}={Text(t.Value)}"))}";
        }

        foreach (ActivityLink link in span.Links)
        {
            yield return $"{at} link: {string.Join(", ", (link.Tags ?? []).Select(t => $"{t.Key}={Text(t.Value)}"))}";
        }

        foreach (KeyValuePair<string, string?> item in span.Baggage)
        {
            yield return $"{at} baggage {item.Key}={item.Value}";
        }
    }

    private static IEnumerable<string> Texts(MetricSnapshot metric)
    {
        yield return $"metric {metric.Name}: {metric.Description}";
        foreach (MetricPoint point in metric.MetricPoints)
        {
            foreach (KeyValuePair<string, object?> tag in point.Tags)
            {
                yield return $"metric {metric.Name} attribute {tag.Key}={Text(tag.Value)}";
            }
        }
    }

    private static string Text(object? value) => value is string[] texts ? string.Join(",", texts) : value?.ToString() ?? string.Empty;

    /// <summary>Keeps every span that ends, after the host's own processors have run (thread-safe, unlike a list).</summary>
    private sealed class SpanRecorder : BaseProcessor<Activity>
    {
        public ConcurrentQueue<Activity> Ended { get; } = new();

        public override void OnEnd(Activity data) => Ended.Enqueue(data);
    }
}
