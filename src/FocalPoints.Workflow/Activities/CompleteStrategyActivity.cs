using FocalPoints.Application.Strategies.Progress;
using Microsoft.DurableTask;

namespace FocalPoints.Workflow.Activities;

/// <summary>Asks the application to mark the strategy completed after the fourth approval (<see cref="CompleteStrategy"/>). Idempotent.</summary>
public sealed class CompleteStrategyActivity(CompleteStrategy completeStrategy) : TaskActivity<CompleteStrategyInput, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, CompleteStrategyInput input)
    {
        await completeStrategy.ExecuteAsync(input.CycleId, input.Country, input.CompletedUtc, CancellationToken.None);
        return true;
    }
}
