using System.Net;
using FocalPoints.Testing;
using FocalPoints.Testing.Hosts;
using FocalPoints.Workflow;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoints.SelfHost.Tests.Api;

public sealed class CancelTests(StrategyHostFixture host) : IClassFixture<StrategyHostFixture>
{
    [Fact(Timeout = 60_000)]
    public async Task Cancelling_a_country_terminates_its_workflow_and_marks_the_strategy()
    {
        ApiResponse cancelled = await host.Host.Api.DeleteAsync($"/api/cycles/{StrategyHostFixture.Cycle}/countries/CRI", NetworkScenario.Coordinator);
        Assert.Equal(HttpStatusCode.Accepted, cancelled.Status);

        DurableTaskClient client = host.Host.App.Services.GetRequiredService<DurableTaskClient>();
        OrchestrationMetadata? instance = await Eventually.WaitAsync(
            () => client.GetInstanceAsync(WorkflowNames.InstanceId(StrategyHostFixture.Cycle, "CRI")),
            i => i?.RuntimeStatus == OrchestrationRuntimeStatus.Terminated,
            TimeSpan.FromSeconds(30),
            "CRI's workflow to terminate");
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, instance!.RuntimeStatus);
        Assert.Equal("cancelled", (string?)(await host.Network.StrategyAsync(StrategyHostFixture.Cycle, "CRI"))["status"]);

        // A cancelled strategy takes no more submissions; the other country goes on.
        ApiResponse late = await host.Network.SubmitAsync(StrategyHostFixture.Cycle, "CRI", Domain.Strategies.StrategyStep.RiskAssessment, new Testing.Builders.RiskAssessmentBuilder().Build());
        Assert.Equal(HttpStatusCode.Conflict, late.Status);
        Assert.Equal("inProgress", (string?)(await host.Network.StrategyAsync(StrategyHostFixture.Cycle, "GHA"))["status"]);
    }
}
