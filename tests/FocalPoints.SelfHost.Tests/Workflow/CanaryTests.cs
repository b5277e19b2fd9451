using System.Net;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Testing;
using FocalPoints.Testing.Builders;
using FocalPoints.Workflow.Digest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Xunit.Abstractions;

namespace FocalPoints.SelfHost.Tests.Workflow;

/// <summary>
/// One canary for every channel: a marker in every free-text field of Ghana's confidential steps and
/// in the coordinators' review comments, a whole cycle with a return, Graph as the mail sender and
/// every log line captured; then the marker must be in no e-mail (outbox and Graph), no log line, no
/// CSV, no timeline a focal point reads, no digest, no peer-review summary, no other country's view
/// and no problem response, and must be where it belongs: Ghana's own view and the coordinators'.
/// </summary>
public sealed class CanaryTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>
{
    private const string Canary = "CANARY-b41d";
    private const string Cycle = "canary";

    [Fact(Timeout = 300_000)]
    public async Task A_confidential_steps_text_reaches_only_the_country_and_the_coordinators()
    {
        await using FakeGraphServer graph = await FakeGraphServer.StartAsync();
        var logs = new FakeLogCollector();
        await using RunningHost host = await RunningHost.StartAsync(DurableEngineKind.InMemory, azurite.ConnectionString, output, settings: new Dictionary<string, string?>
        {
            ["Mail:Sender"] = "graph",
            ["Graph:BaseUrl"] = graph.BaseUrl,
            ["Graph:Authentication"] = "none",
            ["Graph:SenderMailbox"] = "focalpoints@network.example",
        }, capture: new FakeLoggerProvider(logs));
        var network = new NetworkScenario(host.Api);
        await network.RegisterAsync("GHA", "DNK");
        NetworkScenario.Ensure(await network.OpenCycleAsync(Cycle, ["GHA", "DNK"], NetworkScenario.SlowSchedule), HttpStatusCode.Accepted);
        string ghana = Principals.FocalPoint(Principals.FocalPointEmail("GHA"));
        string denmark = Principals.FocalPoint(Principals.FocalPointEmail("DNK"));
        var seen = new List<(string Channel, string Text)>();

        // Ghana: every step confidential, the marker in every free-text field; one return with comments.
        RiskAssessmentContent risk = new RiskAssessmentBuilder()
            .WithFactor("RF9", RiskRating.Severe, Trend.Worsening, $"Evidence {Canary}", "9.3")
            .WithRestraint("R6", Capacity.Weak, $"Notes {Canary}")
            .SharedAs(Sharing.Confidential)
            .Build();
        await network.WaitForOpenAsync(Cycle, "GHA", StrategyStep.RiskAssessment);
        NetworkScenario.Ensure(await network.SubmitAsync(Cycle, "GHA", StrategyStep.RiskAssessment, risk), HttpStatusCode.Accepted);
        NetworkScenario.Ensure(await network.ReviewAsync(Cycle, "GHA", StrategyStep.RiskAssessment, ReviewDecision.Return, $"Comments {Canary}"), HttpStatusCode.Accepted);
        await network.WaitForOutboxAsync(Cycle, m => NetworkScenario.Has(m, "GHA", "returned"), "Ghana's returned message");
        await network.WaitForOpenAsync(Cycle, "GHA", StrategyStep.RiskAssessment);
        Assert.Equal(1, await host.App.Services.GetRequiredService<CoordinatorDigest>().SendAsync(DateTime.UtcNow, CancellationToken.None)); // mid-cycle
        NetworkScenario.Ensure(await network.SubmitAsync(Cycle, "GHA", StrategyStep.RiskAssessment, risk), HttpStatusCode.Accepted);
        NetworkScenario.Ensure(await network.ReviewAsync(Cycle, "GHA", StrategyStep.RiskAssessment, ReviewDecision.Approve, $"Approved {Canary}"), HttpStatusCode.Accepted);
        ActionPrioritisationContent actions = new ActionPrioritisationBuilder().WithAction($"Title {Canary}", "R6", 1, ["RF9"]).Build() with { Sharing = Sharing.Confidential };
        actions = actions with { Actions = [actions.Actions![0] with { LeadInstitution = $"Lead {Canary}" }] };
        await network.CompleteStepAsync(Cycle, "GHA", StrategyStep.ActionPrioritisation, actions);
        await network.CompleteStepAsync(Cycle, "GHA", StrategyStep.OfficialTraining, new OfficialTrainingBuilder().Build() with { Sharing = Sharing.Confidential });
        ResourceMobilisationContent resources = new ResourceMobilisationBuilder().Build();
        resources = resources with
        {
            Resources = [.. resources.Resources!.Select(r => r with { Description = $"Description {Canary}" })],
            PoliticalSupport = new PoliticalSupport(true, [new LegislativeEngagement(LegislativeKind.Hearing, new DateOnly(2027, 4, 2), $"Hearing {Canary}")]),
            Partners = [new Partner(PartnerKind.CivilSociety, $"Name {Canary}")],
            Sharing = Sharing.Confidential,
        };
        await network.WaitForOpenAsync(Cycle, "GHA", StrategyStep.ResourceMobilisation);

        // A problem response: an invalid submission carrying the marker is refused without repeating it.
        ApiResponse refused = await network.SubmitAsync(Cycle, "GHA", StrategyStep.ResourceMobilisation, resources with { Resources = [resources.Resources[0] with { Currency = Canary }] });
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        seen.Add(("problem response", refused.Body));
        NetworkScenario.Ensure(await network.SubmitAsync(Cycle, "GHA", StrategyStep.ResourceMobilisation, resources), HttpStatusCode.Accepted);
        NetworkScenario.Ensure(await network.ReviewAsync(Cycle, "GHA", StrategyStep.ResourceMobilisation, ReviewDecision.Approve), HttpStatusCode.Accepted);
        foreach (StrategyStep step in StrategySteps.InOrder)
        {
            await network.CompleteStepAsync(Cycle, "DNK", step, StepContents.Complete(step));
        }

        await network.WaitForOutboxAsync(Cycle, m => NetworkScenario.Has(m, "GHA", "strategyCompleted") && NetworkScenario.Has(m, "DNK", "strategyCompleted"), "both strategies completed");

        // A peer-review session on the finished cycle.
        ApiResponse session = NetworkScenario.Ensure(await host.Api.PostAsync("/api/peer-reviews", new
        {
            title = "Canary review",
            date = "2027-09-15",
            cycleId = Cycle,
            countries = new[] { "GHA", "DNK" },
            regionalGroup = (string?)null,
            reviewers = new[] { "reviewer@network.example" },
        }, NetworkScenario.Coordinator), HttpStatusCode.Created);
        string sessionId = (string)session.Json!["sessionId"]!;
        string reviewer = Principals.Header("reviewer@network.example", "PeerReviewer");
        seen.Add(("peer-review summary (Markdown)", (await host.Api.GetAsync($"/api/peer-reviews/{sessionId}/summary?format=markdown", reviewer)).Body));
        seen.Add(("peer-review summary (HTML)", (await host.Api.GetAsync($"/api/peer-reviews/{sessionId}/summary", reviewer)).Body));
        seen.Add(("peer-review summary of Denmark's focal point", (await host.Api.GetAsync($"/api/peer-reviews/{sessionId}/summary", denmark)).Body));
        seen.Add(("peer-review session", (await host.Api.GetAsync($"/api/peer-reviews/{sessionId}", reviewer)).Body));

        // Every other channel.
        await Eventually.WaitAsync(() => Task.FromResult(graph.Delivered.Count), n => n > 0, TimeSpan.FromSeconds(30), "mail through Graph");
        seen.AddRange(graph.Received.Select(m => ("Graph e-mail", $"{m.Subject}\n{m.TextBody}\n{m.HtmlBody}")));
        seen.AddRange((await host.App.Services.GetRequiredService<IOutboxReader>().ListAsync(null, CancellationToken.None))
            .Select(m => ("outbox", $"{m.Subject}\n{m.Text}\n{m.Html}")));
        seen.Add(("CSV", (await host.Api.GetAsync($"/api/cycles/{Cycle}/progress.csv", NetworkScenario.Coordinator)).Body));
        seen.Add(("network view", (await host.Api.GetAsync($"/api/cycles/{Cycle}", NetworkScenario.Coordinator)).Body));
        seen.Add(("Ghana's timeline for its focal point", NetworkScenario.Ensure(await host.Api.GetAsync($"/api/cycles/{Cycle}/countries/GHA/timeline", ghana), HttpStatusCode.OK).Body));
        foreach (string path in new[] { $"/api/cycles/{Cycle}/countries/GHA", $"/api/cycles/{Cycle}/countries/GHA/summary", $"/api/cycles/{Cycle}/countries/GHA/timeline" })
        {
            seen.Add(($"Denmark's focal point at {path}", (await host.Api.GetAsync(path, denmark)).Body));
        }

        seen.Add(("Denmark's own view", (await host.Api.GetAsync($"/api/cycles/{Cycle}/countries/DNK", denmark)).Body));
        seen.Add(("Denmark's own summary", (await host.Api.GetAsync($"/api/cycles/{Cycle}/countries/DNK/summary", denmark)).Body));
        seen.AddRange(logs.GetSnapshot().Select(l => ("log", $"{l.Category}: {l.Message} {l.Exception}")));

        Assert.Empty(seen.Where(s => s.Text.Contains(Canary, StringComparison.Ordinal)).Select(s => s.Channel).Distinct());
        Assert.Contains(seen, s => s.Channel == "log");
        Assert.Contains(seen, s => s.Channel == "Graph e-mail");

        // Where it belongs: Ghana's own view and summary, and the coordinators'.
        foreach (string principal in new[] { ghana, NetworkScenario.Coordinator })
        {
            Assert.Contains($"Evidence {Canary}", (await host.Api.GetAsync($"/api/cycles/{Cycle}/countries/GHA/steps/risk-assessment", principal)).Body, StringComparison.Ordinal);
            Assert.Contains($"Approved {Canary}", (await host.Api.GetAsync($"/api/cycles/{Cycle}/countries/GHA", principal)).Body, StringComparison.Ordinal);
            Assert.Contains($"Name {Canary}", (await host.Api.GetAsync($"/api/cycles/{Cycle}/countries/GHA/summary?format=markdown", principal)).Body, StringComparison.Ordinal);
        }
    }
}
