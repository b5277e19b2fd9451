using System.Diagnostics;
using System.Net;
using FocalPoints.Api.Http;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;
using Xunit.Abstractions;

namespace FocalPoints.SelfHost.Tests.Workflow;

/// <summary>
/// Storage freezes (Azurite stopped with SIGSTOP, as in an outage): a submission is answered 503
/// with Retry-After while storage is still frozen, instead of waiting for the outage to end; after
/// it, the same submission retried with its Idempotency-Key lands once and the workflow goes on.
/// </summary>
public sealed class StorageOutageTests(ITestOutputHelper output)
{
    private const string Cycle = "outage";

    [Fact(Timeout = 240_000)]
    public async Task A_submission_during_an_outage_is_answered_503_and_its_retry_lands_once()
    {
        await using AzuriteInstance azurite = await AzuriteInstance.StartAsync();
        await using RunningHost host = await RunningHost.StartAsync(DurableEngineKind.AzureStorage, azurite.ConnectionString, output);
        var network = new NetworkScenario(host.Api);
        await network.RegisterAsync("GHA");
        NetworkScenario.Ensure(await network.OpenCycleAsync(Cycle, ["GHA"], NetworkScenario.SlowSchedule), HttpStatusCode.Accepted);
        await network.WaitForOpenAsync(Cycle, "GHA", StrategyStep.RiskAssessment);
        StepContent assessment = StepContents.Complete(StrategyStep.RiskAssessment);

        ApiResponse during;
        ApiResponse readDuring;
        await using (await azurite.FreezeAsync())
        {
            // Held frozen until the host answers: a host that waited for storage would never answer here.
            var clock = Stopwatch.StartNew();
            during = await network.SubmitAsync(Cycle, "GHA", StrategyStep.RiskAssessment, assessment, idempotencyKey: "outage-submission-1");
            output.WriteLine($"submission answered {(int)during.Status} after {clock.Elapsed.TotalSeconds:0.0} s of outage");
            readDuring = await host.Api.GetAsync($"/api/cycles/{Cycle}/countries/GHA", NetworkScenario.Coordinator);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.Status);
        Assert.Equal("application/problem+json", during.ContentType);
        Assert.Equal(TimeSpan.FromSeconds(StorageOutage.RetryAfterSeconds), during.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readDuring.Status);

        ApiResponse retried = NetworkScenario.Ensure(
            await network.SubmitAsync(Cycle, "GHA", StrategyStep.RiskAssessment, assessment, idempotencyKey: "outage-submission-1"),
            HttpStatusCode.Accepted);
        Assert.Equal(1, (int)retried.Json!["version"]!);

        await network.WaitForOutboxAsync(Cycle, m => NetworkScenario.Has(m, "GHA", "submissionReceived", "riskAssessment"), "the workflow to hear the submission");
        Assert.Equal(1, (int)(await network.StrategyAsync(Cycle, "GHA"))["steps"]![(int)StrategyStep.RiskAssessment]!["submittedVersions"]!);
        NetworkScenario.Ensure(await network.ReviewAsync(Cycle, "GHA", StrategyStep.RiskAssessment, ReviewDecision.Approve), HttpStatusCode.Accepted);
        await network.WaitForOutboxAsync(Cycle, m => NetworkScenario.Has(m, "GHA", "stepOpened", "actionPrioritisation"), "the workflow to open the next step");
    }
}
