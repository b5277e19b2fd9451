using FocalPoints.Application.Strategies.Progress;
using Microsoft.DurableTask;

namespace FocalPoints.Workflow.Activities;

/// <summary>Asks the application to open a step with its due date (<see cref="OpenStep"/>). Idempotent: a step already opened is left as it is.</summary>
public sealed class OpenStepActivity(OpenStep openStep) : TaskActivity<OpenStepInput, bool>
{
    public override Task<bool> RunAsync(TaskActivityContext context, OpenStepInput input) =>
        openStep.ExecuteAsync(input.CycleId, input.Country, input.Step, input.OpenedUtc, input.DueUtc, CancellationToken.None);
}
