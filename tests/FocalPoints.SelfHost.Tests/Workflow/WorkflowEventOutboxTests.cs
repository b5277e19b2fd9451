using System.Net;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;
using FocalPoints.Workflow;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FocalPoints.SelfHost.Tests.Workflow;

/// <summary>
/// The submission and the review are committed, then raising their workflow event fails: the request
/// still answers 202, and the workflow hears both from the outbox (the event's row stored with the change).
/// </summary>
public sealed class WorkflowEventOutboxTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>
{
    private const string Cycle = "outbox";

    [Fact(Timeout = 180_000)]
    public async Task A_workflow_event_lost_after_the_commit_is_delivered_later()
    {
        var failing = new FailingFirstRaise();
        await using RunningHost host = await RunningHost.StartAsync(
            DurableEngineKind.InMemory,
            azurite.ConnectionString,
            output,
            settings: new Dictionary<string, string?> { ["Outbox:RelayAfter"] = "00:00:01", ["Outbox:RelayEvery"] = "00:00:01" },
            services: s => s.AddSingleton<IStrategyWorkflows>(sp => failing.Around(new StrategyWorkflowClient(sp.GetRequiredService<DurableTaskClient>()))));
        var network = new NetworkScenario(host.Api);
        await network.RegisterAsync("GHA");
        NetworkScenario.Ensure(await network.OpenCycleAsync(Cycle, ["GHA"], NetworkScenario.SlowSchedule), HttpStatusCode.Accepted);
        await network.WaitForOpenAsync(Cycle, "GHA", StrategyStep.RiskAssessment);

        NetworkScenario.Ensure(await network.SubmitAsync(Cycle, "GHA", StrategyStep.RiskAssessment, StepContents.Complete(StrategyStep.RiskAssessment)), HttpStatusCode.Accepted);
        // Answered first, raised after: the first raise has failed once the workflow has heard it.
        await network.WaitForOutboxAsync(Cycle, m => NetworkScenario.Has(m, "GHA", "submissionReceived", "riskAssessment"), "the workflow to hear the submission");
        Assert.Equal(1, failing.Failed);

        // The approval opens the next step in its own write; only the workflow sends the approval's message.
        NetworkScenario.Ensure(await network.ReviewAsync(Cycle, "GHA", StrategyStep.RiskAssessment, ReviewDecision.Approve), HttpStatusCode.Accepted);
        await network.WaitForOutboxAsync(Cycle, m => NetworkScenario.Has(m, "GHA", "approved", "riskAssessment"), "the workflow to hear the approval");
        Assert.Equal(2, failing.Failed);
    }

    /// <summary>The real workflow port, except that the first submission and the first review event fail after the commit.</summary>
    private sealed class FailingFirstRaise
    {
        private int failedSubmissions;
        private int failedReviews;

        public int Failed => Volatile.Read(ref failedSubmissions) + Volatile.Read(ref failedReviews);

        public IStrategyWorkflows Around(IStrategyWorkflows real) => new Port(this, real);

        private sealed class Port(FailingFirstRaise owner, IStrategyWorkflows real) : IStrategyWorkflows
        {
            public Task<bool> StartAsync(StrategyWorkflowInput input, CancellationToken cancellationToken) => real.StartAsync(input, cancellationToken);

            public Task<bool> SubmittedAsync(string cycleId, string country, StrategyStep step, int version, CancellationToken cancellationToken) =>
                Interlocked.CompareExchange(ref owner.failedSubmissions, 1, 0) == 0
                    ? throw new HttpRequestException("The durable client is unreachable (test).")
                    : real.SubmittedAsync(cycleId, country, step, version, cancellationToken);

            public Task<bool> ReviewedAsync(string cycleId, string country, StrategyStep step, int version, ReviewDecision decision, DateTime reviewedUtc, CancellationToken cancellationToken) =>
                Interlocked.CompareExchange(ref owner.failedReviews, 1, 0) == 0
                    ? throw new HttpRequestException("The durable client is unreachable (test).")
                    : real.ReviewedAsync(cycleId, country, step, version, decision, reviewedUtc, cancellationToken);

            public Task CancelAsync(string cycleId, string country, string reason, CancellationToken cancellationToken) => real.CancelAsync(cycleId, country, reason, cancellationToken);

            public Task InviteToPeerReviewAsync(string sessionId, CancellationToken cancellationToken) => real.InviteToPeerReviewAsync(sessionId, cancellationToken);
        }
    }
}
