using System.Net;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Testing;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;
using FocalPoints.Workflow.Digest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Xunit.Abstractions;

namespace FocalPoints.SelfHost.Tests.Workflow;

/// <summary>
/// One canary for every channel: a marker in every free-text field of Ghana's confidential steps and
/// in the coordinators' review comments, a whole cycle with a return, a peer review that both countries
/// answer, Graph as the mail sender and every log record from Debug up captured. Then the marker must be
/// in no e-mail (outbox and Graph), no log record (message, structured state or scope), no stored audit
/// row, no problem response (400, 409, 422), no peer-review view, and in nothing that any GET route of
/// the host answers Denmark's focal point, a peer reviewer, a caller with no role or nobody (each status
/// checked); no one reads the address of another country's focal point or of a reviewer. Each channel
/// has a positive control: what it may carry (a shared step's quoted comments, a coordinator's view of
/// the same route, a log record with the control only in its state or scope) is found there.
/// </summary>
public sealed class CanaryTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>
{
    private const string Canary = "CANARY-b41d";
    private const string Cycle = "canary";
    private const string Control = "CONTROL-7e2a";
    private const string ReviewerEmail = "reviewer@network.example";

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
            // Above Exchange's 30 a minute, which the pacer keeps (GraphDeliveryTests): the canary sends more
            // than 30 in its first minute, and a paced minute outlasted its waits on a busy machine.
            ["Mail:MaxPerMinute"] = "1000",
        }, capture: new FakeLoggerProvider(logs));
        var network = new NetworkScenario(host.Api);
        await network.RegisterAsync("GHA", "DNK");
        NetworkScenario.Ensure(await network.OpenCycleAsync(Cycle, ["GHA", "DNK"], NetworkScenario.SlowSchedule), HttpStatusCode.Accepted);
        string ghana = Principals.FocalPoint(Principals.FocalPointEmail("GHA"));
        string denmark = Principals.FocalPoint(Principals.FocalPointEmail("DNK"));
        string reviewer = Principals.Header(ReviewerEmail, "PeerReviewer");
        var seen = new List<(string Channel, string Text)>();
        var problems = new List<(string Status, ApiResponse Response)>();

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

        // Problem responses: an invalid submission (400), a draft for a step already approved (409) and a
        // submission that reuses an idempotency key for other content (422), each carrying the marker, are
        // refused without repeating it.
        ApiResponse refused = await network.SubmitAsync(Cycle, "GHA", StrategyStep.ResourceMobilisation, resources with { Resources = [resources.Resources[0] with { Currency = Canary }] });
        problems.Add(("400", NetworkScenario.Ensure(refused, HttpStatusCode.BadRequest)));
        problems.Add(("409", NetworkScenario.Ensure(await host.Api.PutAsync($"/api/cycles/{Cycle}/countries/GHA/steps/risk-assessment/draft", risk, ghana), HttpStatusCode.Conflict)));
        NetworkScenario.Ensure(await network.SubmitAsync(Cycle, "GHA", StrategyStep.ResourceMobilisation, resources, idempotencyKey: "canary-key"), HttpStatusCode.Accepted);
        ApiResponse reused = await network.SubmitAsync(Cycle, "GHA", StrategyStep.ResourceMobilisation, resources with { Partners = [new Partner(PartnerKind.CivilSociety, $"Other {Canary}")] }, idempotencyKey: "canary-key");
        problems.Add(("422", NetworkScenario.Ensure(reused, HttpStatusCode.UnprocessableEntity)));
        seen.AddRange(problems.Select(p => ($"problem response {p.Status}", p.Response.Body)));
        NetworkScenario.Ensure(await network.ReviewAsync(Cycle, "GHA", StrategyStep.ResourceMobilisation, ReviewDecision.Approve), HttpStatusCode.Accepted);

        // Denmark shares everything with the network: its returned step's comments are quoted in mail and
        // its resources reach the peer review, the positive controls of those channels.
        foreach (StrategyStep step in StrategySteps.InOrder.Where(s => s != StrategyStep.ResourceMobilisation))
        {
            await network.CompleteStepAsync(Cycle, "DNK", step, StepContents.Complete(step));
        }

        ResourceMobilisationContent shared = new ResourceMobilisationBuilder().Build();
        shared = shared with { PoliticalSupport = new PoliticalSupport(true, [new LegislativeEngagement(LegislativeKind.Hearing, new DateOnly(2027, 4, 2), $"Hearing {Control}")]) };
        await network.WaitForOpenAsync(Cycle, "DNK", StrategyStep.ResourceMobilisation);
        NetworkScenario.Ensure(await network.SubmitAsync(Cycle, "DNK", StrategyStep.ResourceMobilisation, shared), HttpStatusCode.Accepted);
        NetworkScenario.Ensure(await network.ReviewAsync(Cycle, "DNK", StrategyStep.ResourceMobilisation, ReviewDecision.Return, $"Comments {Control}"), HttpStatusCode.Accepted);
        await network.CompleteStepAsync(Cycle, "DNK", StrategyStep.ResourceMobilisation, shared);
        await network.WaitForOutboxAsync(Cycle, m => NetworkScenario.Has(m, "GHA", "strategyCompleted") && NetworkScenario.Has(m, "DNK", "strategyCompleted"), "both strategies completed");

        // A peer-review session on the finished cycle: a recommendation, and each country answers.
        ApiResponse session = NetworkScenario.Ensure(await host.Api.PostAsync("/api/peer-reviews", new
        {
            title = "Canary review",
            date = "2027-09-15",
            cycleId = Cycle,
            countries = new[] { "GHA", "DNK" },
            regionalGroup = (string?)null,
            reviewers = new[] { ReviewerEmail },
        }, NetworkScenario.Coordinator), HttpStatusCode.Created);
        string sessionId = (string)session.Json!["sessionId"]!;
        NetworkScenario.Ensure(await host.Api.PostAsync($"/api/peer-reviews/{sessionId}/recommendations", new { country = "GHA", text = "Publish the strategy.", status = "accepted", followUpBy = "2028-01-15" }, NetworkScenario.Coordinator), HttpStatusCode.Created);
        NetworkScenario.Ensure(await host.Api.PutAsync($"/api/peer-reviews/{sessionId}/responses/GHA", new { text = "Ghana will publish it." }, ghana), HttpStatusCode.OK);
        NetworkScenario.Ensure(await host.Api.PutAsync($"/api/peer-reviews/{sessionId}/responses/DNK", new { text = "Denmark takes note." }, denmark), HttpStatusCode.OK);

        // Every GET route the host maps, filled for Ghana and the session, as every outsider and every insider.
        IReadOnlyList<string> paths = CanaryChannels.ApiGetPaths(host.App.Services, new Dictionary<string, string>
        {
            ["cycleId"] = Cycle,
            ["iso3"] = "GHA",
            ["version"] = "1",
            ["sessionId"] = sessionId,
        });
        IReadOnlyList<SweptAnswer> outside = await CanaryChannels.SweepAsync(host.Api, paths, new Dictionary<string, string?>
        {
            ["Denmark's focal point"] = denmark,
            ["a peer reviewer"] = reviewer,
            ["someone with no role"] = Principals.Header("nobody@elsewhere.example"),
            ["nobody signed in"] = null,
        });
        IReadOnlyList<SweptAnswer> inside = await CanaryChannels.SweepAsync(host.Api, paths, new Dictionary<string, string?>
        {
            ["a coordinator"] = NetworkScenario.Coordinator,
            ["Ghana's focal point"] = ghana,
        });
        output.WriteLine($"Swept {paths.Count} routes: {string.Join(", ", paths)}");
        Assert.Empty(outside.Concat(inside).Where(a => (int)a.Status >= 500).Select(a => $"{a.Caller} at {a.Path}: {(int)a.Status}"));
        Assert.Empty(outside.Where(a => a.Status == HttpStatusCode.OK && OnlyInsiders(a.Path)).Select(a => $"{a.Caller} at {a.Path}"));
        seen.AddRange(outside.Select(a => ($"{a.Caller} at {a.Path} ({(int)a.Status})", a.Body)));

        // Positive control: each swept route is real and answers a coordinator, the marker where it belongs.
        Assert.Empty(inside.Where(a => a.Caller == "a coordinator" && a.Status != HttpStatusCode.OK).Select(a => $"{a.Path}: {(int)a.Status}"));
        foreach (string path in new[] { $"/api/cycles/{Cycle}/countries/GHA", $"/api/cycles/{Cycle}/countries/GHA/steps/risk-assessment", $"/api/cycles/{Cycle}/countries/GHA/steps/risk-assessment/versions/1", $"/api/cycles/{Cycle}/countries/GHA/summary?format=markdown" })
        {
            Assert.Contains(inside, a => a.Path == path && a.Status == HttpStatusCode.OK && a.Body.Contains(Canary, StringComparison.Ordinal));
        }

        // People: no one reads the address of a focal point of another country, nor of a reviewer.
        string ghanaEmail = Principals.FocalPointEmail("GHA");
        string denmarkEmail = Principals.FocalPointEmail("DNK");
        var people = new List<(string Channel, string Reader, string Text)>();
        people.AddRange(outside.Concat(inside).Select(a => ($"{a.Path} ({(int)a.Status})", a.Caller, a.Body)));
        people.Add(("Denmark's session", "Denmark's focal point", NetworkScenario.Ensure(await host.Api.GetAsync($"/api/peer-reviews/{sessionId}", denmark), HttpStatusCode.OK).Body));
        people.Add(("Denmark's timeline", "Denmark's focal point", NetworkScenario.Ensure(await host.Api.GetAsync($"/api/cycles/{Cycle}/countries/DNK/timeline", denmark), HttpStatusCode.OK).Body));
        people.Add(("Denmark's strategy", "Denmark's focal point", NetworkScenario.Ensure(await host.Api.GetAsync($"/api/cycles/{Cycle}/countries/DNK", denmark), HttpStatusCode.OK).Body));
        await Eventually.WaitAsync(() => Task.FromResult(graph.Delivered.Count(m => m.To.Contains(ReviewerEmail))), n => n > 0, TimeSpan.FromSeconds(30), "the reviewer's invitation through Graph");
        people.AddRange(graph.Received.SelectMany(m => m.To.Select(to => ("Graph e-mail", ReaderOf(to), $"{m.Subject}\n{m.TextBody}\n{m.HtmlBody}"))));
        IReadOnlyList<OutboxMessage> outbox = await host.App.Services.GetRequiredService<IOutboxReader>().ListAsync(null, CancellationToken.None);
        people.AddRange(outbox.SelectMany(m => m.To.Select(to => ("outbox", ReaderOf(to), $"{m.Subject}\n{m.Text}\n{m.Html}"))));
        Assert.Empty(people.Where(p => p.Reader is not "a coordinator" and not "Ghana's focal point" && p.Text.Contains(ghanaEmail, StringComparison.OrdinalIgnoreCase)).Select(p => $"{p.Reader}: {p.Channel}"));
        Assert.Empty(people.Where(p => p.Reader is "Ghana's focal point" && p.Text.Contains(denmarkEmail, StringComparison.OrdinalIgnoreCase)).Select(p => $"{p.Reader}: {p.Channel}"));
        Assert.Empty(people.Where(p => p.Reader is not "a coordinator" and not "a peer reviewer" && p.Text.Contains(ReviewerEmail, StringComparison.OrdinalIgnoreCase)).Select(p => $"{p.Reader}: {p.Channel}"));

        // Positive control: the coordinators and the country itself still see who answered, and who reviews.
        string coordinatorsSession = NetworkScenario.Ensure(await host.Api.GetAsync($"/api/peer-reviews/{sessionId}", NetworkScenario.Coordinator), HttpStatusCode.OK).Body;
        Assert.Contains(ghanaEmail, coordinatorsSession, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(ReviewerEmail, coordinatorsSession, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(ghanaEmail, NetworkScenario.Ensure(await host.Api.GetAsync($"/api/peer-reviews/{sessionId}", ghana), HttpStatusCode.OK).Body, StringComparison.OrdinalIgnoreCase);

        // Mail (Graph and outbox): nothing of the marker; the quoted comments of Denmark's shared step are the control.
        seen.AddRange(graph.Received.Select(m => ("Graph e-mail", $"{m.Subject}\n{m.TextBody}\n{m.HtmlBody}")));
        seen.AddRange(outbox.Select(m => ("outbox", $"{m.Subject}\n{m.Text}\n{m.Html}")));
        Assert.Contains(graph.Received, m => m.TextBody.Contains($"Comments {Control}", StringComparison.Ordinal));
        Assert.Contains(outbox, m => m.Text.Contains($"Comments {Control}", StringComparison.Ordinal));

        // Peer-review summaries: Denmark's shared legislative engagement is the control.
        foreach (string path in new[] { $"/api/peer-reviews/{sessionId}/countries/DNK/summary", $"/api/peer-reviews/{sessionId}/countries/DNK/summary?format=markdown" })
        {
            Assert.Contains($"Hearing {Control}", NetworkScenario.Ensure(await host.Api.GetAsync(path, reviewer), HttpStatusCode.OK).Body, StringComparison.Ordinal);
        }

        // Denmark's own view and summary.
        seen.Add(("Denmark's own view", NetworkScenario.Ensure(await host.Api.GetAsync($"/api/cycles/{Cycle}/countries/DNK", denmark), HttpStatusCode.OK).Body));
        seen.Add(("Denmark's own summary", NetworkScenario.Ensure(await host.Api.GetAsync($"/api/cycles/{Cycle}/countries/DNK/summary", denmark), HttpStatusCode.OK).Body));
        seen.Add(("Ghana's timeline for its focal point", NetworkScenario.Ensure(await host.Api.GetAsync($"/api/cycles/{Cycle}/countries/GHA/timeline", ghana), HttpStatusCode.OK).Body));

        // The stored audit rows hold no free text; the rest of the cycle's partition (the reviews) is the control.
        IReadOnlyList<string> audit = await CanaryChannels.AuditRowsAsync(azurite.ConnectionString, Cycle);
        Assert.Contains(audit, row => row.Contains("Country=GHA", StringComparison.Ordinal));
        seen.AddRange(audit.Select(row => ("audit row", row)));
        Assert.Contains(await CanaryChannels.RowsAsync(azurite.ConnectionString, Cycle, string.Empty), row => row.Contains($"Comments {Canary}", StringComparison.Ordinal));

        // Logs from Debug up, with their structured state and scopes; a record with the control only in
        // its state and only in a scope shows that both are read.
        ILogger control = host.App.Services.GetRequiredService<ILoggerFactory>().CreateLogger("FocalPoints.CanaryControl");
        using (control.BeginScope(new Dictionary<string, object?> { ["Marker"] = $"scope {Control}" }))
        {
            KeyValuePair<string, object?>[] state = [new("Marker", $"state {Control}")];
            control.Log(LogLevel.Debug, new EventId(1), state, null, (_, _) => "control");
        }

        string[] logLines = [.. logs.GetSnapshot().Select(CanaryChannels.Render)];
        Assert.Contains(logLines, l => l.Contains($"state {Control}", StringComparison.Ordinal));
        Assert.Contains(logLines, l => l.Contains($"scope {Control}", StringComparison.Ordinal));
        Assert.Contains(logs.GetSnapshot(), r => r.Level == LogLevel.Debug && r.Category?.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) == true);
        seen.AddRange(logLines.Select(l => ("log", l)));
        string[] addresses = [ghanaEmail, denmarkEmail, ReviewerEmail];
        Assert.DoesNotContain(logLines, l => addresses.Any(a => l.Contains(a, StringComparison.OrdinalIgnoreCase)));

        Assert.Empty(seen.Where(s => s.Text.Contains(Canary, StringComparison.Ordinal)).Select(s => s.Channel).Distinct());

        // Where it belongs: Ghana's own view and summary, and the coordinators'.
        foreach (string principal in new[] { ghana, NetworkScenario.Coordinator })
        {
            Assert.Contains($"Evidence {Canary}", (await host.Api.GetAsync($"/api/cycles/{Cycle}/countries/GHA/steps/risk-assessment", principal)).Body, StringComparison.Ordinal);
            Assert.Contains($"Approved {Canary}", (await host.Api.GetAsync($"/api/cycles/{Cycle}/countries/GHA", principal)).Body, StringComparison.Ordinal);
            Assert.Contains($"Name {Canary}", (await host.Api.GetAsync($"/api/cycles/{Cycle}/countries/GHA/summary?format=markdown", principal)).Body, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// A country's routes and directory entry, the network's progress, the coordinators and the outbox:
    /// for its own focal points and the coordinators only (the list of members is filtered to the caller's own).
    /// </summary>
    private static bool OnlyInsiders(string path) =>
        path.StartsWith($"/api/cycles/{Cycle}/countries/GHA", StringComparison.Ordinal)
        || path.StartsWith($"/api/cycles/{Cycle}/progress.csv", StringComparison.Ordinal)
        || path == $"/api/cycles/{Cycle}"
        || path is "/api/network/members/GHA" or "/api/network/coordinators"
        || path.StartsWith("/api/dev/", StringComparison.Ordinal);

    private static string ReaderOf(string address) => address switch
    {
        _ when address.Equals(Principals.FocalPointEmail("GHA"), StringComparison.OrdinalIgnoreCase) => "Ghana's focal point",
        _ when address.Equals(Principals.FocalPointEmail("DNK"), StringComparison.OrdinalIgnoreCase) => "Denmark's focal point",
        _ when address.Equals(ReviewerEmail, StringComparison.OrdinalIgnoreCase) => "a peer reviewer",
        _ when address.Equals(Principals.CoordinatorEmail, StringComparison.OrdinalIgnoreCase) => "a coordinator",
        _ => address,
    };
}
