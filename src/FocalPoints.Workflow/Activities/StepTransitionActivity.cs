using FocalPoints.Application.Ports;
using Microsoft.DurableTask;

namespace FocalPoints.Workflow.Activities;

/// <summary>
/// A step transition in one activity: opens the step (or completes the strategy),
/// then sends the transition's messages — the previous step's approval and the step opened (or the
/// strategy completed). Run at least once: the change is idempotent and each message is sent at
/// most once. One activity instead of three saves the engine two round trips through its queues
/// and history per transition, which is what a deadline rush is made of.
/// </summary>
public sealed class StepTransitionActivity(ICycleStore cycles, MomentNotifier notifier) : TaskActivity<StepTransitionInput, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, StepTransitionInput input)
    {
        await (input.Open is { } open
            ? OpenStepActivity.OpenAsync(cycles, open)
            : CompleteStrategyActivity.CompleteAsync(cycles, input.Complete ?? throw new ArgumentException("A transition opens a step or completes the strategy.", nameof(input))));
        // One read of the directory and the cycle for both messages.
        await notifier.NotifyAllAsync(input.Messages, CancellationToken.None);
        return true;
    }
}
