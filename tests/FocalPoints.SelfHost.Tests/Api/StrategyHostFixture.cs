using System.Net;
using FocalPoints.Domain.Strategies;
using FocalPoints.Testing.Hosts;
using FocalPoints.Workflow;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoints.SelfHost.Tests.Api;

/// <summary>
/// One Azurite and one self-host (in-memory engine) with a cycle <c>api</c> for GHA and CRI whose
/// first step is open, on a schedule where nothing falls due during the tests. DNK is registered
/// but takes no part.
/// </summary>
public sealed class StrategyHostFixture : HostFixture
{
    public const string Cycle = "api";

    protected override async Task SeedAsync()
    {
        await Network.RegisterAsync("GHA", "CRI", "DNK");
        NetworkScenario.Ensure(await Network.OpenCycleAsync(Cycle, ["GHA", "CRI"], NetworkScenario.SlowSchedule), HttpStatusCode.Accepted);
        foreach (string country in new[] { "GHA", "CRI" })
        {
            await Network.WaitForOpenAsync(Cycle, country, StrategyStep.RiskAssessment);
            await Network.WaitForOutboxAsync(Cycle, m => NetworkScenario.Has(m, country, "stepOpened"), $"{country}'s step to open");
        }

        // The workflow settles after its last activity (it then sets its reminder timer, far off on
        // this schedule): wait until the engine has run everything that follows, so that tests
        // compare a workflow at rest.
        await Host.WaitUntilIdleAsync("the workflows to be at rest");
    }

    /// <summary>The workflow's durable state: status and when it last changed.</summary>
    public async Task<string> WorkflowStateAsync(string country)
    {
        DurableTaskClient client = Host.App.Services.GetRequiredService<DurableTaskClient>();
        OrchestrationMetadata? instance = await client.GetInstanceAsync(WorkflowNames.InstanceId(Cycle, country), getInputsAndOutputs: true);
        return $"{instance?.RuntimeStatus}|{instance?.LastUpdatedAt:O}|{instance?.SerializedCustomStatus}";
    }
}
