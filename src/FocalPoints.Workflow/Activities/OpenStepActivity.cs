using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;
using Microsoft.DurableTask;

namespace FocalPoints.Workflow.Activities;

/// <summary>Opens a step with its due date. Idempotent: a step already opened is left as it is.</summary>
public sealed class OpenStepActivity(ICycleStore cycles) : TaskActivity<OpenStepInput, bool>
{
    public override Task<bool> RunAsync(TaskActivityContext context, OpenStepInput input) => OpenAsync(cycles, input);

    /// <summary>Opens the step unless it was opened already (a step already opened keeps its times).</summary>
    public static async Task<bool> OpenAsync(ICycleStore cycles, OpenStepInput input)
    {
        StrategyProgress? result = await cycles.UpdateProgressAsync(input.CycleId, input.Country, p =>
            p.Status == StrategyStatus.InProgress && p[input.Step].Status == StepStatus.NotStarted
                ? p.Opened(input.Step, input.OpenedUtc, input.DueUtc)
                : null,
            CancellationToken.None);
        return result is not null;
    }
}
