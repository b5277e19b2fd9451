using FocalPoints.Application.Ports;
using Microsoft.DurableTask;

namespace FocalPoints.Workflow.Activities;

/// <summary>Gives a returned step its new due date. Idempotent.</summary>
public sealed class RescheduleStepActivity(ICycleStore cycles) : TaskActivity<RescheduleStepInput, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, RescheduleStepInput input)
    {
        await cycles.UpdateProgressAsync(input.CycleId, input.Country, p =>
            p[input.Step].DueUtc == input.DueUtc ? null : p.Rescheduled(input.Step, input.DueUtc, p.LastActivityUtc),
            CancellationToken.None);
        return true;
    }
}
