using FocalPoints.Application.Strategies.Progress;
using Microsoft.DurableTask;

namespace FocalPoints.Workflow.Activities;

/// <summary>Asks the application to give a returned step the due date the workflow keeps time by (<see cref="RescheduleStep"/>). Idempotent.</summary>
public sealed class RescheduleStepActivity(RescheduleStep rescheduleStep) : TaskActivity<RescheduleStepInput, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, RescheduleStepInput input)
    {
        await rescheduleStep.ExecuteAsync(input.CycleId, input.Country, input.Step, input.DueUtc, CancellationToken.None);
        return true;
    }
}
