using System.Net;
using System.Text.Json.Nodes;
using FocalPoints.Domain.Strategies;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;
using Xunit.Abstractions;

namespace FocalPoints.SelfHost.Tests.Workflow;

/// <summary>
/// The self-host is stopped mid-cycle and started again on the same Azurite data: the cycle
/// finishes, nothing submitted is lost, and no reminder is sent twice.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class RestartTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>
{
    private const string Cycle = "restart";

    [Fact(Timeout = 300_000)]
    public async Task Cycle_survives_a_restart_of_the_self_host()
    {
        string taskHub = RunningHost.NewTaskHub();
        var schedule = new { stepDuration = "PT6S", reviewDuration = "PT4S", reminderOffsets = new[] { "PT3S" }, overdueReminderEvery = "PT4S", escalateAfter = "PT1H" };
        var dnkAssessment = new RiskAssessmentBuilder().WithFactor("RF1", Domain.Strategies.Content.RiskRating.Moderate, evidence: "Kept across the restart.").Build();

        await using (RunningHost first = await RunningHost.StartAsync(DurableEngineKind.AzureStorage, azurite.ConnectionString, output, taskHub))
        {
            var network = new NetworkScenario(first.Api);
            await network.RegisterAsync("GHA", "DNK");
            NetworkScenario.Ensure(await network.OpenCycleAsync(Cycle, ["GHA", "DNK"], schedule), HttpStatusCode.Accepted);
            await network.WaitForOpenAsync(Cycle, "DNK", StrategyStep.RiskAssessment);
            NetworkScenario.Ensure(await network.SubmitAsync(Cycle, "DNK", StrategyStep.RiskAssessment, dnkAssessment), HttpStatusCode.Accepted);
            await network.WaitForOutboxAsync(Cycle, m => NetworkScenario.Has(m, "GHA", "reminder", "riskAssessment"), "GHA's first reminder");
        }

        await using RunningHost second = await RunningHost.StartAsync(DurableEngineKind.AzureStorage, azurite.ConnectionString, output, taskHub);
        var again = new NetworkScenario(second.Api);

        ApiResponse kept = NetworkScenario.Ensure(await second.Api.GetAsync($"/api/cycles/{Cycle}/countries/DNK/steps/risk-assessment", NetworkScenario.Coordinator), HttpStatusCode.OK);
        Assert.Equal("submitted", (string?)kept.Json!["status"]);
        Assert.Equal("Kept across the restart.", (string?)kept.Json["submitted"]!["content"]!["riskFactors"]![0]!["evidence"]);

        // The workflow that was waiting for this review before the restart hears it after.
        NetworkScenario.Ensure(await again.ReviewAsync(Cycle, "DNK", StrategyStep.RiskAssessment, ReviewDecision.Approve), HttpStatusCode.Accepted);
        await again.WaitForOutboxAsync(Cycle, m => NetworkScenario.Has(m, "GHA", "dueToday", "riskAssessment"), "GHA's due-today reminder after the restart", seconds: 120);
        foreach (StrategyStep step in StrategySteps.InOrder)
        {
            await again.CompleteStepAsync(Cycle, "GHA", step, StepContents.Complete(step));
            if (step != StrategyStep.RiskAssessment)
            {
                await again.CompleteStepAsync(Cycle, "DNK", step, StepContents.Complete(step));
            }
        }

        JsonArray outbox = await again.WaitForOutboxAsync(Cycle, m => NetworkScenario.Has(m, "GHA", "strategyCompleted") && NetworkScenario.Has(m, "DNK", "strategyCompleted"), "both strategies to complete");
        var once = outbox
            .Where(m => (string?)m!["moment"] is "cycleOpened" or "stepOpened" or "reminder" or "dueToday" or "approved" or "strategyCompleted")
            .GroupBy(m => $"{m!["country"]}|{m["step"]}|{m["moment"]}|{m["to"]![0]}")
            .ToArray();
        Assert.All(once, g => Assert.True(g.Count() == 1, $"{g.Key} was sent {g.Count()} times"));
        Assert.Contains(once, g => g.Key.StartsWith("GHA|riskAssessment|reminder|", StringComparison.Ordinal));
        Assert.Equal(outbox.Count, outbox.Select(m => (string)m!["id"]!).Distinct().Count());
        Assert.Equal(1, (int)(await again.StrategyAsync(Cycle, "DNK"))["steps"]![0]!["submittedVersions"]!);
    }
}

/// <summary>
/// Tests that stop and start a whole host and wait on real timers run alone, after the parallel
/// ones: on a 2-core machine a dozen hosts starting at once can starve the restarted engine's
/// partition hand-over past any sensible wait.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Runs alone";
}
