using Microsoft.DurableTask;

namespace FocalPoints.Workflow.Activities;

/// <summary>Sends one moment's message (<see cref="MomentNotifier"/>); run at least once, sends at most once.</summary>
public sealed class NotifyActivity(MomentNotifier notifier) : TaskActivity<NotifyInput, bool>
{
    public override Task<bool> RunAsync(TaskActivityContext context, NotifyInput input) =>
        notifier.NotifyAsync(input, CancellationToken.None);
}
