using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;
using Microsoft.DurableTask;

namespace FocalPoints.Workflow.Activities;

/// <summary>Marks the strategy completed after the fourth approval. Idempotent.</summary>
public sealed class CompleteStrategyActivity(ICycleStore cycles) : TaskActivity<CompleteStrategyInput, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, CompleteStrategyInput input)
    {
        await cycles.UpdateProgressAsync(input.CycleId, input.Country, p =>
            p.Status == StrategyStatus.InProgress ? p.Completed(input.CompletedUtc) : null,
            CancellationToken.None);
        return true;
    }
}
