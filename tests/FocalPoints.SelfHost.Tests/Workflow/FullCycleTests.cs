using System.Net;
using System.Text.Json.Nodes;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Testing;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;
using Xunit.Abstractions;

namespace FocalPoints.SelfHost.Tests.Workflow;

/// <summary>
/// The whole four-step cycle for three countries over HTTP against the self-host: a returned and
/// resubmitted step, one country overdue with reminders and an escalation and then its review overdue
/// with the coordinators reminded, every strategy completed.
/// Run on both engines by the two classes below.
/// </summary>
public abstract class FullCycleTests(AzuriteFixture azurite, ITestOutputHelper output, DurableEngineKind engine)
{
    [Fact(Timeout = 240_000)]
    public async Task Four_steps_for_three_countries_with_a_return_and_an_overdue_country()
    {
        await using RunningHost host = await RunningHost.StartAsync(engine, azurite.ConnectionString, output);
        var network = new NetworkScenario(host.Api);
        string cycle = "full-" + engine;
        await network.RegisterAsync("GHA", "DNK", "CRI");

        ApiResponse opened = await network.OpenCycleAsync(cycle, ["GHA", "DNK", "CRI"], NetworkScenario.FastSchedule);
        Assert.Equal(HttpStatusCode.Accepted, opened.Status);
        Assert.Equal($"/api/cycles/{cycle}", opened.Headers.Location?.ToString());

        // GHA: rates RF9 severe, is returned once with comments, resubmits; its actions must then address RF9.
        RiskAssessmentContent severe = new RiskAssessmentBuilder().WithFactor("RF9", RiskRating.Severe, Trend.Worsening, "Hate speech <rising> & organised.", "9.3").Build();
        await network.WaitForOpenAsync(cycle, "GHA", StrategyStep.RiskAssessment);
        NetworkScenario.Ensure(await network.SubmitAsync(cycle, "GHA", StrategyStep.RiskAssessment, severe), HttpStatusCode.Accepted);
        NetworkScenario.Ensure(await network.ReviewAsync(cycle, "GHA", StrategyStep.RiskAssessment, ReviewDecision.Return, "Please cite <b>indicators</b> for RF9."), HttpStatusCode.Accepted);
        await network.WaitForOpenAsync(cycle, "GHA", StrategyStep.RiskAssessment);
        JsonNode returned = (await network.StrategyAsync(cycle, "GHA"))["steps"]![0]!;
        Assert.Equal("returned", (string?)returned["status"]);
        Assert.Equal("Please cite <b>indicators</b> for RF9.", (string?)returned["lastReview"]!["comments"]);
        NetworkScenario.Ensure(await network.SubmitAsync(cycle, "GHA", StrategyStep.RiskAssessment, severe), HttpStatusCode.Accepted);
        NetworkScenario.Ensure(await network.ReviewAsync(cycle, "GHA", StrategyStep.RiskAssessment, ReviewDecision.Approve), HttpStatusCode.Accepted);

        await network.WaitForOpenAsync(cycle, "GHA", StrategyStep.ActionPrioritisation);
        ApiResponse unaddressed = await network.SubmitAsync(cycle, "GHA", StrategyStep.ActionPrioritisation, new ActionPrioritisationBuilder().WithAction("Train police", "R1", 1, ["RF2"]).Build());
        Assert.Equal(HttpStatusCode.BadRequest, unaddressed.Status);
        Assert.Contains("RF9 was rated severe", unaddressed.Body, StringComparison.Ordinal);
        await network.CompleteStepAsync(cycle, "GHA", StrategyStep.ActionPrioritisation, new ActionPrioritisationBuilder().WithAction("Counter hate speech", "R6", 1, ["RF9"]).Build());
        await network.CompleteStepAsync(cycle, "GHA", StrategyStep.OfficialTraining, new OfficialTrainingBuilder().Build());
        await network.CompleteStepAsync(cycle, "GHA", StrategyStep.ResourceMobilisation, new ResourceMobilisationBuilder().Build());

        // DNK: straight through.
        foreach (StrategyStep step in StrategySteps.InOrder)
        {
            await network.CompleteStepAsync(cycle, "DNK", step, StepContents.Complete(step));
        }

        // CRI: lets its first step fall overdue until the coordinators are told, then catches up.
        JsonArray late = await network.WaitForOutboxAsync(cycle, m => NetworkScenario.Has(m, "CRI", "escalation"), "CRI's escalation");
        Assert.True(NetworkScenario.Has(late, "CRI", "reminder", "riskAssessment"));
        Assert.True(NetworkScenario.Has(late, "CRI", "dueToday", "riskAssessment"));
        Assert.True(NetworkScenario.Has(late, "CRI", "overdue", "riskAssessment"));
        JsonNode escalation = late.First(m => (string?)m!["country"] == "CRI" && (string?)m["moment"] == "escalation")!;
        Assert.Equal([Principals.CoordinatorEmail], escalation["to"]!.AsArray().Select(t => (string)t!));
        JsonNode view = NetworkScenario.Ensure(await host.Api.GetAsync($"/api/cycles/{cycle}", NetworkScenario.Coordinator), HttpStatusCode.OK).Json!;
        Assert.True((bool)view["countries"]!.AsArray().First(c => (string?)c!["country"] == "CRI")!["overdue"]!);

        // CRI's submission then waits past the coordinators' review time (4 s): they are reminded, then told it is overdue.
        NetworkScenario.Ensure(await network.SubmitAsync(cycle, "CRI", StrategyStep.RiskAssessment, StepContents.Complete(StrategyStep.RiskAssessment)), HttpStatusCode.Accepted);
        JsonArray waiting = await network.WaitForOutboxAsync(cycle, m => NetworkScenario.Has(m, "CRI", "reviewOverdue", "riskAssessment"), "CRI's overdue review");
        Assert.All(
            waiting.Where(m => (string?)m!["country"] == "CRI" && (string?)m["moment"] is "reviewReminder" or "reviewOverdue"),
            m => Assert.Equal([Principals.CoordinatorEmail], m!["to"]!.AsArray().Select(t => (string)t!)));
        Assert.True(NetworkScenario.Has(waiting, "CRI", "reviewReminder", "riskAssessment"));
        NetworkScenario.Ensure(await network.ReviewAsync(cycle, "CRI", StrategyStep.RiskAssessment, ReviewDecision.Approve), HttpStatusCode.Accepted);
        foreach (StrategyStep step in StrategySteps.InOrder.Skip(1))
        {
            await network.CompleteStepAsync(cycle, "CRI", step, StepContents.Complete(step));
        }

        JsonNode done = await Eventually.WaitAsync(
            async () => NetworkScenario.Ensure(await host.Api.GetAsync($"/api/cycles/{cycle}", NetworkScenario.Coordinator), HttpStatusCode.OK).Json!,
            v => v["countries"]!.AsArray().All(c => (string?)c!["status"] == "completed"),
            TimeSpan.FromSeconds(60),
            "every strategy to complete");
        Assert.All(done["countries"]!.AsArray(), c => Assert.Equal(4, (int)c!["completedSteps"]!));

        JsonArray outbox = await network.WaitForOutboxAsync(cycle, m => new[] { "GHA", "DNK", "CRI" }.All(c => NetworkScenario.Has(m, c, "strategyCompleted")), "completion messages");
        JsonNode returnedMail = outbox.First(m => (string?)m!["country"] == "GHA" && (string?)m["moment"] == "returned")!;
        // GHA's risk assessment is confidential: the message says comments wait in the portal and quotes none.
        Assert.DoesNotContain("indicators", (string)returnedMail["text"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("indicators", (string)returnedMail["html"]!, StringComparison.Ordinal);
        Assert.Contains("The coordinators left comments on this step. Read them in FocalPoints.", (string)returnedMail["text"]!, StringComparison.Ordinal);
        Assert.Equal([Principals.FocalPointEmail("GHA")], returnedMail["to"]!.AsArray().Select(t => (string)t!));
        Assert.Equal(outbox.Count, outbox.Select(m => (string)m!["id"]!).Distinct().Count());
        Assert.Equal(4, outbox.Count(m => (string?)m!["country"] == "DNK" && (string?)m["moment"] == "approved"));
        Assert.DoesNotContain(outbox, m => ((string)m!["text"]!).Contains("Hate speech", StringComparison.Ordinal));
    }
}

public sealed class FullCycleOnInMemoryEngineTests(AzuriteFixture azurite, ITestOutputHelper output)
    : FullCycleTests(azurite, output, DurableEngineKind.InMemory), IClassFixture<AzuriteFixture>;

public sealed class FullCycleOnAzureStorageTests(AzuriteFixture azurite, ITestOutputHelper output)
    : FullCycleTests(azurite, output, DurableEngineKind.AzureStorage), IClassFixture<AzuriteFixture>;
