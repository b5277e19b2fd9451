using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using DurableTask.AzureStorage;
using FocalPoints.Domain.Strategies;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Testing;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FocalPoints.Workflow.Tests.Replay;

/// <summary>
/// Records the histories <see cref="ReplayTests"/> replay: real runs on the self-host with the Azure
/// Storage engine on Azurite, driven over HTTP, each history read back from the task hub and
/// written to <c>Replay/Histories</c> in the source tree. Opt-in (<c>FOCALPOINTS_RECORD_HISTORIES=1</c>):
/// record again only for a new workflow version, keeping the histories of versions still running.
/// </summary>
public sealed class HistoryRecorder(ITestOutputHelper output)
{
    private const string Cycle = "replay";

    private const string OverdueCycle = "replay-overdue";

    [RecordingFact(Timeout = 600_000)]
    public async Task Record_the_histories_of_real_runs()
    {
        await using AzuriteInstance azurite = await AzuriteInstance.StartAsync();
        string taskHub = RunningHost.NewTaskHub();
        await using (RunningHost host = await RunningHost.StartAsync(DurableEngineKind.AzureStorage, azurite.ConnectionString, output, taskHub))
        {
            var network = new NetworkScenario(host.Api);
            DurableTaskClient client = host.App.Services.GetRequiredService<DurableTaskClient>();
            await network.RegisterAsync("GHA", "DNK", "CRI");
            NetworkScenario.Ensure(await network.OpenCycleAsync(Cycle, ["GHA", "DNK"], NetworkScenario.SlowSchedule), HttpStatusCode.Accepted);

            // A full cycle with a return: GHA's risk assessment is returned once, then every step approved.
            await network.WaitForOpenAsync(Cycle, "GHA", StrategyStep.RiskAssessment);
            NetworkScenario.Ensure(await network.SubmitAsync(Cycle, "GHA", StrategyStep.RiskAssessment, StepContents.Complete(StrategyStep.RiskAssessment)), HttpStatusCode.Accepted);
            NetworkScenario.Ensure(await network.ReviewAsync(Cycle, "GHA", StrategyStep.RiskAssessment, ReviewDecision.Return, "Please cite indicators."), HttpStatusCode.Accepted);
            await Eventually.WaitAsync(() => network.StepStatusAsync(Cycle, "GHA", StrategyStep.RiskAssessment), s => s == "returned", TimeSpan.FromSeconds(60), "GHA's return");
            foreach (StrategyStep step in StrategySteps.InOrder)
            {
                await network.CompleteStepAsync(Cycle, "GHA", step, StepContents.Complete(step));
            }

            // A cancellation: DNK submits its first step and is cancelled while waiting for the review.
            await network.WaitForOpenAsync(Cycle, "DNK", StrategyStep.RiskAssessment);
            NetworkScenario.Ensure(await network.SubmitAsync(Cycle, "DNK", StrategyStep.RiskAssessment, StepContents.Complete(StrategyStep.RiskAssessment)), HttpStatusCode.Accepted);
            NetworkScenario.Ensure(await host.Api.DeleteAsync($"/api/cycles/{Cycle}/countries/DNK", NetworkScenario.Coordinator), HttpStatusCode.Accepted);

            await WaitForStatusAsync(client, WorkflowNames.InstanceId(Cycle, "GHA"), OrchestrationRuntimeStatus.Completed);
            await WaitForStatusAsync(client, WorkflowNames.InstanceId(Cycle, "DNK"), OrchestrationRuntimeStatus.Terminated);

            // An overdue step with escalation: CRI lets its first step fall overdue until the coordinators
            // are told, then submits and is approved; recorded in flight, once its second step is open.
            NetworkScenario.Ensure(await network.OpenCycleAsync(OverdueCycle, ["CRI"], NetworkScenario.FastSchedule), HttpStatusCode.Accepted);
            await network.WaitForOutboxAsync(OverdueCycle, m => NetworkScenario.Has(m, "CRI", "escalation"), "CRI's escalation");
            await network.CompleteStepAsync(OverdueCycle, "CRI", StrategyStep.RiskAssessment, StepContents.Complete(StrategyStep.RiskAssessment));
            // The review opens the next step itself: the workflow has heard it once it says so.
            await network.WaitForOutboxAsync(OverdueCycle, m => NetworkScenario.Has(m, "CRI", "stepOpened", "actionPrioritisation"), "CRI's second step opened by the workflow");
        }

        var engine = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = taskHub,
            StorageAccountClientProvider = new StorageAccountClientProvider(azurite.ConnectionString),
        });
        await WriteAsync(engine, "full-cycle-with-return", WorkflowNames.InstanceId(Cycle, "GHA"));
        await WriteAsync(engine, "cancellation", WorkflowNames.InstanceId(Cycle, "DNK"));
        await WriteAsync(engine, "overdue-with-escalation", WorkflowNames.InstanceId(OverdueCycle, "CRI"));
    }

    private static Task<OrchestrationMetadata?> WaitForStatusAsync(DurableTaskClient client, string instanceId, OrchestrationRuntimeStatus status) =>
        Eventually.WaitAsync(() => client.GetInstanceAsync(instanceId), i => i?.RuntimeStatus == status, TimeSpan.FromSeconds(120), $"{instanceId} to be {status}");

    private async Task WriteAsync(AzureStorageOrchestrationService engine, string name, string instanceId)
    {
        string json = await engine.GetOrchestrationHistoryAsync(instanceId, null!);
        string path = Path.Combine(ProjectDirectory, RecordedHistory.Folder, name + ".json");
        await File.WriteAllTextAsync(path, RecordedHistory.Write(RecordedHistory.Parse(json)));
        output.WriteLine($"{instanceId}: {JsonNode.Parse(json)!.AsArray().Count} events written to {path}");
    }

    private static string ProjectDirectory { get; } = typeof(HistoryRecorder).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ProjectDirectory").Value!;
}

/// <summary>A fact that runs only when <c>FOCALPOINTS_RECORD_HISTORIES=1</c>: it rewrites the recorded histories.</summary>
public sealed class RecordingFactAttribute : FactAttribute
{
    public RecordingFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("FOCALPOINTS_RECORD_HISTORIES") != "1")
        {
            Skip = "Records the workflow histories again; set FOCALPOINTS_RECORD_HISTORIES=1 to run.";
        }
    }
}
