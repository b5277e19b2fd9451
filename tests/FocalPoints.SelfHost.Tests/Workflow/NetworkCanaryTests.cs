using System.Net;
using FocalPoints.Application.Ports;
using FocalPoints.Domain;
using FocalPoints.Domain.Framework;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Testing;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;
using FocalPoints.Workflow.Digest;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FocalPoints.SelfHost.Tests.Workflow;

/// <summary>
/// The network's features against a canary: Ghana keeps every step of two cycles confidential with a marker in
/// every free-text field (and an early warning the second time), Kenya keeps its actions confidential (marked)
/// and shares the resources that pay for them, six countries share everything. Then the marker must be in no
/// answer another country's focal point, a peer reviewer or a coordinator reads through the network features:
/// the good-practice library (listed, searched for the marker, and under every filter value), the insights
/// (JSON, CSV, printable report) of both cycles, Ghana's comparison as others ask for it, the peer-review
/// session and its summaries, and the weekly digest as it reached the fake Graph server. Each channel has a
/// positive control: what the sharing countries wrote is found there.
/// </summary>
public sealed class NetworkCanaryTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>
{
    private const string Canary = "CANARY-5d0e";
    private const string Control = "CONTROL-3b9f";
    private const string First = "nc-1";
    private const string Second = "nc-2";
    private const string ReviewerEmail = "reviewer@network.example";
    private static readonly string[] Sharing6 = ["DNK", "FRA", "SEN", "MEX", "CRI", "CHL"];
    private static readonly string[] Countries = ["GHA", "KEN", .. Sharing6];

    [Fact(Timeout = 300_000)]
    public async Task A_confidential_canary_reaches_no_one_through_the_network_features()
    {
        await using FakeGraphServer graph = await FakeGraphServer.StartAsync();
        await using RunningHost host = await RunningHost.StartAsync(DurableEngineKind.InMemory, azurite.ConnectionString, output, settings: new Dictionary<string, string?>
        {
            ["Mail:Sender"] = "graph",
            ["Graph:BaseUrl"] = graph.BaseUrl,
            ["Graph:Authentication"] = "none",
            ["Graph:SenderMailbox"] = "focalpoints@network.example",
            // Above Exchange's 30 a minute, which the pacer keeps (GraphDeliveryTests): the canary sends more
            // than 30 in its first minute, and a paced minute outlasted its waits on a busy machine.
            ["Mail:MaxPerMinute"] = "1000",
        });
        var network = new NetworkScenario(host.Api);
        await network.RegisterAsync(Countries);
        IStrategyRepository strategies = host.App.Services.GetRequiredService<IStrategyRepository>();
        string ghana = Principals.FocalPoint(Principals.FocalPointEmail("GHA"));
        string kenya = Principals.FocalPoint(Principals.FocalPointEmail("KEN"));
        string denmark = Principals.FocalPoint(Principals.FocalPointEmail("DNK"));
        string reviewer = Principals.Header(ReviewerEmail, "PeerReviewer");

        // Two cycles, every step approved as arranged; in the second, Ghana's RF5 is worsening again with no action covering it (an early warning).
        foreach (string cycle in new[] { First, Second })
        {
            NetworkScenario.Ensure(await network.OpenCycleAsync(cycle, Countries, NetworkScenario.SlowSchedule), HttpStatusCode.Accepted);
            foreach (string country in Countries)
            {
                await network.WaitForOpenAsync(cycle, country, StrategyStep.RiskAssessment);
            }

            await host.WaitUntilIdleAsync("the workflows to be at rest");
            foreach (StepContent content in GhanaConfidential(cycle == Second ? RiskRating.Severe : RiskRating.Moderate))
            {
                await strategies.ApproveAsync(cycle, "GHA", content);
            }

            foreach (StepContent content in KenyaActionsConfidential())
            {
                await strategies.ApproveAsync(cycle, "KEN", content);
            }

            for (int i = 0; i < Sharing6.Length; i++)
            {
                foreach (StepContent content in Shared(i))
                {
                    await strategies.ApproveAsync(cycle, Sharing6[i], content);
                }
            }
        }

        // Good practice: Denmark offers its shared action (the control); Kenya offers its shared resource, which pays for
        // its confidential action; Ghana tries every kind of item of its confidential steps.
        var seen = new List<(string Channel, string Text)>();
        ApiResponse offered = NetworkScenario.Ensure(await host.Api.PostAsync("/api/good-practice", Offer(Second, "DNK", "action"), denmark), HttpStatusCode.Created);
        string entryId = (string)offered.Json!["entryId"]!;
        ApiResponse kenyasResource = NetworkScenario.Ensure(await host.Api.PostAsync("/api/good-practice", Offer(Second, "KEN", "resource"), kenya), HttpStatusCode.Created);
        var ghanasOffers = new List<ApiResponse>();
        foreach (string kind in new[] { "action", "trainingProgramme", "resource", "legislativeEngagement" })
        {
            ghanasOffers.Add(await host.Api.PostAsync("/api/good-practice", Offer(Second, "GHA", kind), ghana));
        }

        // A peer-review session on both countries, Denmark's entry attached.
        ApiResponse session = NetworkScenario.Ensure(await host.Api.PostAsync("/api/peer-reviews", new
        {
            title = "Network review",
            date = "2027-09-15",
            cycleId = Second,
            countries = new[] { "GHA", "DNK" },
            reviewers = new[] { ReviewerEmail },
        }, NetworkScenario.Coordinator), HttpStatusCode.Created);
        string sessionId = (string)session.Json!["sessionId"]!;
        NetworkScenario.Ensure(await host.Api.PutAsync($"/api/good-practice/{entryId}/sessions/{sessionId}", new { }, NetworkScenario.Coordinator), HttpStatusCode.OK);

        // The weekly digest, to the coordinators and to Ghana's focal points (its early warning).
        int digests = await host.App.Services.GetRequiredService<CoordinatorDigest>().SendAsync(DateTime.UtcNow, CancellationToken.None);
        Assert.True(digests >= 3, $"digests sent: {digests}"); // one per cycle to the coordinator, and Ghana's warning
        await Eventually.WaitAsync(() => Task.FromResult(graph.Delivered.Count(m => m.Subject.Length > 0)), n => n >= digests, TimeSpan.FromSeconds(60), "the digests through Graph");
        await Eventually.WaitAsync(() => Task.FromResult(graph.Delivered.Count(m => m.To.Contains(Principals.FocalPointEmail("GHA")))), n => n > 0, TimeSpan.FromSeconds(60), "Ghana's early warning through Graph");

        // Every reader through every network feature.
        var readers = new Dictionary<string, string>
        {
            ["Denmark's focal point"] = denmark,
            ["Kenya's focal point"] = kenya,
            ["a peer reviewer"] = reviewer,
            ["a coordinator"] = NetworkScenario.Coordinator,
        };
        string[] library =
        [
            "/api/good-practice", $"/api/good-practice?q={Canary}", "/api/good-practice?q=CANARY", $"/api/good-practice?sessionId={sessionId}", "/api/good-practice?featured=false",
            .. Restraints.All.Select(r => $"/api/good-practice?restraint={r.Id}"),
            .. RiskFactors.All.Select(f => $"/api/good-practice?riskFactor={f.Id}"),
            .. StrategySteps.InOrder.Select(s => $"/api/good-practice?step={s.ToSlug()}"),
            .. Enum.GetValues<RegionalGroup>().Select(g => $"/api/good-practice?regionalGroup={JsonNaming.CamelCase(g.ToString())}"),
            .. Enum.GetValues<Language>().Select(l => $"/api/good-practice?language={JsonNaming.CamelCase(l.ToString())}"),
            .. new[] { First, Second }.Select(c => $"/api/good-practice?cycleId={c}"),
        ];
        string[] insights = [.. new[] { First, Second }.SelectMany(c => new[] { $"/api/cycles/{c}/insights", $"/api/cycles/{c}/insights.csv", $"/api/cycles/{c}/insights/report" })];
        string[] reviews =
        [
            $"/api/peer-reviews/{sessionId}",
            $"/api/peer-reviews/{sessionId}/countries/GHA/summary", $"/api/peer-reviews/{sessionId}/countries/GHA/summary?format=markdown",
            $"/api/peer-reviews/{sessionId}/countries/DNK/summary", $"/api/peer-reviews/{sessionId}/countries/DNK/summary?format=markdown",
        ];
        string[] comparisons = [$"/api/cycles/{Second}/countries/GHA/comparison", $"/api/cycles/{Second}/countries/DNK/comparison", $"/api/cycles/{Second}/countries/KEN/comparison"];
        var answers = new List<SweptAnswer>();
        foreach ((string caller, string principal) in readers)
        {
            // A country's comparison is its own focal points' and the coordinators' to read whole (their confidential steps too): others are swept.
            foreach (string path in library.Concat(insights).Concat(reviews).Concat(comparisons.Where(p => caller != "a coordinator" && !(caller == "Kenya's focal point" && p.Contains("/KEN/", StringComparison.Ordinal)))))
            {
                ApiResponse response = await host.Api.GetAsync(path, principal);
                answers.Add(new SweptAnswer(caller, path, response.Status, response.Body));
            }
        }

        seen.AddRange(answers.Select(a => ($"{a.Caller} at {a.Path} ({(int)a.Status})", a.Body)));
        seen.AddRange(graph.Received.Select(m => ($"Graph e-mail to {string.Join(", ", m.To)}: {m.Subject}", $"{m.Subject}\n{m.TextBody}\n{m.HtmlBody}")));
        seen.AddRange(ghanasOffers.Select(r => ($"Ghana's refused offer ({(int)r.Status})", r.Body)));
        output.WriteLine($"Swept {answers.Count} answers and {graph.Received.Count} e-mails.");


        // The marker nowhere (nor a part of it).
        string[] leaks = [.. seen.Where(s => s.Text.Contains("CANARY", StringComparison.OrdinalIgnoreCase)).Select(s => s.Channel)];
        Assert.True(leaks.Length == 0, "The marker reached:\n" + string.Join("\n", leaks));
        Assert.Empty(answers.Where(a => (int)a.Status >= 500).Select(a => $"{a.Caller} at {a.Path}: {(int)a.Status}"));

        // Ghana offered nothing; Kenya's resource is not classified by its confidential action (R6, RF9), only by what its focal point chose.
        Assert.All(ghanasOffers, r => Assert.Equal(HttpStatusCode.BadRequest, r.Status));
        Assert.Equal(["R1"], kenyasResource.Json!["item"]!["restraints"]!.AsArray().Select(n => (string?)n));
        Assert.Empty(kenyasResource.Json!["item"]!["riskFactors"]!.AsArray());

        // Positive controls: each channel answers and carries what the sharing countries wrote.
        SweptAnswer Read(string caller, string path) => answers.Single(a => a.Caller == caller && a.Path == path);
        Assert.Contains($"Action {Control}", Read("Kenya's focal point", "/api/good-practice").Body, StringComparison.Ordinal);
        Assert.Contains($"Action {Control}", Read("a peer reviewer", $"/api/good-practice?sessionId={sessionId}").Body, StringComparison.Ordinal);
        Assert.Contains($"Budget {Control}", Read("a coordinator", "/api/good-practice?step=resource-mobilisation").Body, StringComparison.Ordinal);
        Assert.All(insights, path => Assert.Equal(HttpStatusCode.OK, Read("a coordinator", path).Status));
        // Seven countries share their risk assessment: Ghana's confidential one is not counted.
        Assert.Contains("sharing,riskAssessment,riskAssessment,sharing,network,7,False", Read("a coordinator", $"/api/cycles/{Second}/insights.csv").Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, Read("Denmark's focal point", $"/api/cycles/{Second}/insights").Status);
        Assert.Contains($"Hearing {Control}", Read("a peer reviewer", $"/api/peer-reviews/{sessionId}/countries/DNK/summary?format=markdown").Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, Read("a peer reviewer", $"/api/peer-reviews/{sessionId}/countries/GHA/summary").Status);
        Assert.Equal(HttpStatusCode.Forbidden, Read("Denmark's focal point", $"/api/cycles/{Second}/countries/GHA/comparison").Status);
        Assert.Equal(HttpStatusCode.OK, Read("Denmark's focal point", $"/api/cycles/{Second}/countries/DNK/comparison").Status);
        Assert.Equal(HttpStatusCode.Forbidden, Read("a peer reviewer", $"/api/cycles/{Second}/countries/KEN/comparison").Status);
        // The digest tells the coordinators of Ghana's early warning without naming the confidential factor, and no other country hears of it.
        Assert.Contains(graph.Delivered, m => m.To.Contains(Principals.CoordinatorEmail) && m.TextBody.Contains("Ghana: early warning", StringComparison.Ordinal));
        Assert.DoesNotContain(graph.Delivered, m => m.To.Any(to => to != Principals.CoordinatorEmail && to != Principals.FocalPointEmail("GHA")) && m.TextBody.Contains("early warning", StringComparison.OrdinalIgnoreCase));

        // And the marker is really there for those who may read it: the coordinators' and Ghana's own view of its comparison.
        Assert.Contains(Canary, NetworkScenario.Ensure(await host.Api.GetAsync($"/api/cycles/{Second}/countries/GHA/comparison", ghana), HttpStatusCode.OK).Body, StringComparison.Ordinal);
    }

    private static object Offer(string cycle, string country, string kind) =>
        new { cycleId = cycle, country, kind, index = 0, whatWorked = $"Note {Control}", language = "en", restraints = new[] { "R1" } };

    /// <summary>Ghana's four steps, each confidential, the marker in every free-text field; RF5 worsening with no action on it.</summary>
    private static StepContent[] GhanaConfidential(RiskRating rf9)
    {
        ActionPrioritisationContent actions = new ActionPrioritisationBuilder().WithAction($"Title {Canary}", "R6", 1, ["RF9"]).Build() with { Sharing = Sharing.Confidential };
        ResourceMobilisationContent resources = new ResourceMobilisationBuilder().Build();
        return
        [
            new RiskAssessmentBuilder()
                .WithFactor("RF9", rf9, Trend.Worsening, $"Evidence {Canary}", "9.3")
                .WithFactor("RF5", RiskRating.Moderate, Trend.Worsening, $"Evidence {Canary}")
                .WithRestraint("R6", Capacity.Weak, $"Notes {Canary}")
                .SharedAs(Sharing.Confidential)
                .Build(),
            actions with { Actions = [actions.Actions![0] with { LeadInstitution = $"Lead {Canary}" }] },
            new OfficialTrainingBuilder().Build() with { Sharing = Sharing.Confidential },
            resources with
            {
                Resources = [.. resources.Resources!.Select(r => r with { Description = $"Description {Canary}" })],
                PoliticalSupport = new PoliticalSupport(true, [new LegislativeEngagement(LegislativeKind.Hearing, new DateOnly(2027, 4, 2), $"Hearing {Canary}")]),
                Partners = [new Partner(PartnerKind.CivilSociety, $"Name {Canary}")],
                Sharing = Sharing.Confidential,
            },
        ];
    }

    /// <summary>Kenya: its actions confidential and marked, its resources (paying for priority 1) shared.</summary>
    private static StepContent[] KenyaActionsConfidential() =>
    [
        new RiskAssessmentBuilder().WithFactor("RF9", RiskRating.Severe, Trend.Stable).SharedAs(Sharing.Network).Build(),
        new ActionPrioritisationBuilder().WithAction($"Kenya {Canary}", "R6", 1, ["RF9"]).Build() with { Sharing = Sharing.Confidential },
        new OfficialTrainingBuilder().Build(),
        new ResourceMobilisationBuilder().Build() with { Resources = [new Resource(ResourceSource.NationalBudget, $"Budget {Control}", 1000m, "KES", ResourceStatus.Committed, [1])] },
    ];

    /// <summary>A sharing country's four steps, RF10 high, with the control in what it wrote.</summary>
    private static StepContent[] Shared(int i) =>
    [
        new RiskAssessmentBuilder().WithFactor("RF10", RiskRating.High, Trend.Worsening).WithFactor("RF2", (RiskRating)(i % 4), Trend.Stable).SharedAs(Sharing.Network).Build(),
        new ActionPrioritisationBuilder().WithAction($"Action {Control}", "R3", 1, ["RF10"]).Build(),
        new OfficialTrainingBuilder().Build(),
        new ResourceMobilisationBuilder().Build() with { PoliticalSupport = new PoliticalSupport(true, [new LegislativeEngagement(LegislativeKind.Hearing, new DateOnly(2027, 4, 2), $"Hearing {Control}")]) },
    ];
}
