using FocalPoints.Application.Strategies.Progress;
using Microsoft.DurableTask;

namespace FocalPoints.Workflow.Activities;

/// <summary>
/// A step transition in one activity: asks the application to open the step (or complete the
/// strategy) — after an approval, the review has done so already and nothing changes — then sends
/// the transition's messages: the previous step's approval and the step opened (or the strategy
/// completed). Run at least once: the change is idempotent and each message is sent at most once.
/// One activity instead of three saves the engine two round trips through its queues and history per
/// transition, which is what a deadline rush is made of.
/// </summary>
public sealed class StepTransitionActivity(OpenStep openStep, CompleteStrategy completeStrategy, MomentNotifier notifier) : TaskActivity<StepTransitionInput, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, StepTransitionInput input)
    {
        await (input.Open is { } open
            ? openStep.ExecuteAsync(open.CycleId, open.Country, open.Step, open.OpenedUtc, open.DueUtc, CancellationToken.None)
            : completeStrategy.ExecuteAsync(
                input.Complete?.CycleId ?? throw new ArgumentException("A transition opens a step or completes the strategy.", nameof(input)),
                input.Complete.Country,
                input.Complete.CompletedUtc,
                CancellationToken.None));
        // One read of the directory and the cycle for both messages.
        await notifier.NotifyAllAsync(input.Messages, CancellationToken.None);
        return true;
    }
}
