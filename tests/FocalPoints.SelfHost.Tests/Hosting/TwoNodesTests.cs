using System.Net;
using System.Text.Json.Nodes;
using FocalPoints.Domain.Strategies;
using FocalPoints.SelfHost.Tests.Workflow;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;

namespace FocalPoints.SelfHost.Tests.Hosting;

/// <summary>
/// Two self-host processes on one storage account and one task hub, as replicas behind a load
/// balancer run: both serve the portal and the API, the workflows of either are shared, and when one
/// is killed with SIGKILL half-way, the other finishes every workflow and sends nothing twice.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class TwoNodesTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string Cycle = "two-nodes";
    private static readonly string[] Countries = ["GHA", "DNK", "BRA", "JPN", "KEN", "FRA"];

    [Fact(Timeout = 600_000)]
    public async Task Two_nodes_share_the_workflows_and_the_survivor_finishes_them_when_the_other_is_killed()
    {
        // Development, so the principal header the scenario signs in with is believed from loopback.
        var node = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["SelfHost__Engine"] = "AzureStorage",
            ["SelfHost__TaskHub"] = RunningHost.NewTaskHub(),
            ["Reminders__WorkingHours"] = "off",
        };
        string[] loopback = ["--urls", "http://127.0.0.1:0"];
        await using SelfHostProcess first = await SelfHostProcess.StartAsync(azurite.ConnectionString, loopback, new(node) { ["SelfHost__WorkerId"] = "node-1" });
        await using SelfHostProcess second = await SelfHostProcess.StartAsync(azurite.ConnectionString, loopback, new(node) { ["SelfHost__WorkerId"] = "node-2" });
        using var firstHttp = new HttpClient { BaseAddress = first.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        using var secondHttp = new HttpClient { BaseAddress = second.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var viaFirst = new NetworkScenario(new ApiClient(firstHttp));
        var viaSecond = new NetworkScenario(new ApiClient(secondHttp));

        foreach (HttpClient each in new[] { firstHttp, secondHttp })
        {
            using HttpResponseMessage portal = await each.GetAsync("/index.html");
            Assert.Equal(HttpStatusCode.OK, portal.StatusCode);
            Assert.Contains("blazor.webassembly", await portal.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Registered on one node, the cycle opened on the other: one network, one set of workflows.
        await viaFirst.RegisterAsync(Countries);
        NetworkScenario.Ensure(await viaSecond.OpenCycleAsync(Cycle, Countries, NetworkScenario.SlowSchedule), HttpStatusCode.Accepted);

        // The first two steps, each country's requests alternating between the nodes.
        for (int i = 0; i < Countries.Length; i++)
        {
            foreach (StrategyStep step in StrategySteps.InOrder.Take(2))
            {
                NetworkScenario via = (i + (int)step) % 2 == 0 ? viaFirst : viaSecond;
                await via.CompleteStepAsync(Cycle, Countries[i], step, StepContents.Complete(step));
            }
        }

        // Half-way: a submission the first node answers, then the first node is killed.
        NetworkScenario.Ensure(await viaFirst.SubmitAsync(Cycle, "GHA", StrategyStep.OfficialTraining, StepContents.Complete(StrategyStep.OfficialTraining)), HttpStatusCode.Accepted);
        await first.KillAsync();

        ApiResponse kept = NetworkScenario.Ensure(await viaSecond.Api.GetAsync($"/api/cycles/{Cycle}/countries/GHA/steps/official-training", NetworkScenario.Coordinator), HttpStatusCode.OK);
        Assert.Equal("submitted", (string?)kept.Json!["status"]);
        NetworkScenario.Ensure(await viaSecond.ReviewAsync(Cycle, "GHA", StrategyStep.OfficialTraining, ReviewDecision.Approve), HttpStatusCode.Accepted);
        await viaSecond.CompleteStepAsync(Cycle, "GHA", StrategyStep.ResourceMobilisation, StepContents.Complete(StrategyStep.ResourceMobilisation));
        foreach (string country in Countries.Skip(1))
        {
            foreach (StrategyStep step in StrategySteps.InOrder.Skip(2))
            {
                await viaSecond.CompleteStepAsync(Cycle, country, step, StepContents.Complete(step));
            }
        }

        // The survivor takes over the killed node's share of the task hub and finishes every workflow.
        JsonArray outbox = await viaSecond.WaitForOutboxAsync(
            Cycle, m => Countries.All(c => NetworkScenario.Has(m, c, "strategyCompleted")), "every strategy to complete on the surviving node", seconds: 300);
        var once = outbox
            .Where(m => (string?)m!["moment"] is "cycleOpened" or "stepOpened" or "approved" or "strategyCompleted")
            .GroupBy(m => $"{m!["country"]}|{m["step"]}|{m["moment"]}|{m["to"]![0]}")
            .ToArray();
        Assert.All(once, g => Assert.True(g.Count() == 1, $"{g.Key} was sent {g.Count()} times"));
        Assert.All(Countries, c => Assert.Equal(4, once.Count(g => g.Key.StartsWith($"{c}|", StringComparison.Ordinal) && g.Key.Contains("|approved|", StringComparison.Ordinal))));
        Assert.Equal(outbox.Count, outbox.Select(m => (string)m!["id"]!).Distinct().Count());
    }
}
