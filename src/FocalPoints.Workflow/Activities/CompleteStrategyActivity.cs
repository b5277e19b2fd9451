using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;
using Microsoft.DurableTask;

namespace FocalPoints.Workflow.Activities;

/// <summary>Marks the strategy completed after the fourth approval. Idempotent.</summary>
public sealed class CompleteStrategyActivity(ICycleStore cycles) : TaskActivity<CompleteStrategyInput, bool>
{
    public override Task<bool> RunAsync(TaskActivityContext context, CompleteStrategyInput input) => CompleteAsync(cycles, input);

    public static async Task<bool> CompleteAsync(ICycleStore cycles, CompleteStrategyInput input)
    {
        await cycles.UpdateProgressAsync(input.CycleId, input.Country, p =>
            p.Status == StrategyStatus.InProgress ? p.Completed(input.CompletedUtc) : null,
            CancellationToken.None);
        return true;
    }
}
