using System.Globalization;
using System.Text.Json.Nodes;
using FocalPoints.Workflow;
using Microsoft.DurableTask.Client;
using Spectre.Console;

namespace FocalPoints.Tools.Demo;

/// <summary>
/// What a demo that missed its deadline leaves behind: the strategies not completed, or completed
/// but whose workflow has not finished (the last approval completes the strategy in its own write),
/// grouped by where they stand (current step, its status, and the durable workflow's own runtime
/// status), then the first of them one by one, so a stall can be told from a slow run.
/// </summary>
public sealed class StuckReport(DurableTaskClient workflows, string cycleId)
{
    private const int Listed = 20;

    public async Task PrintAsync(JsonArray view, CancellationToken cancellationToken)
    {
        // Every country's workflow, a few at a time: a completed strategy may still have a workflow at work.
        JsonNode[] countries = [.. view.Select(c => c!)];
        var instances = new OrchestrationMetadata?[countries.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, countries.Length), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (i, token) =>
            instances[i] = await workflows.GetInstanceAsync(WorkflowNames.InstanceId(cycleId, (string)countries[i]["country"]!), getInputsAndOutputs: false, token));
        var rows = new List<(string Country, string Step, string StepStatus, string Workflow, string Updated)>();
        foreach ((JsonNode country, OrchestrationMetadata? instance) in countries.Zip(instances))
        {
            string iso3 = (string)country["country"]!;
            if ((string?)country["status"] == "completed" && instance?.RuntimeStatus == OrchestrationRuntimeStatus.Completed)
            {
                continue;
            }

            rows.Add((
                iso3,
                (string?)country["currentStep"] ?? "-",
                (string?)country["stepStatus"] ?? "-",
                instance?.RuntimeStatus.ToString() ?? "no workflow",
                instance?.LastUpdatedAt.ToString("HH:mm:ss", CultureInfo.InvariantCulture) ?? "-"));
        }

        AnsiConsole.MarkupLine($"{view.Count - rows.Count} of {view.Count} strategies completed with their workflow; {rows.Count} did not.");
        var groups = new Table().Title("Not completed, by where they stand").AddColumns("Step", "Step status", "Workflow", "Strategies");
        foreach (var group in rows.GroupBy(r => (r.Step, r.StepStatus, r.Workflow)).OrderByDescending(g => g.Count()))
        {
            groups.AddRow(group.Key.Step, group.Key.StepStatus, group.Key.Workflow, group.Count().ToString(CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(groups);
        var first = new Table().Title($"The first {Math.Min(Listed, rows.Count)}").AddColumns("Country", "Step", "Step status", "Workflow", "Workflow last updated (UTC)");
        foreach (var row in rows.Take(Listed))
        {
            first.AddRow(row.Country, row.Step, row.StepStatus, row.Workflow, row.Updated);
        }

        AnsiConsole.Write(first);
    }
}
