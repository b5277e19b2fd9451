using FocalPoints.Application.Strategies.Progress;
using FocalPoints.Domain.Strategies;
using Microsoft.DurableTask;

namespace FocalPoints.Workflow.Activities;

/// <summary>
/// Sends one moment's message (<see cref="MomentNotifier"/>); run at least once, sends at most once.
/// An overdue reminder or an escalation first marks the step overdue (<see cref="MarkOverdue"/>) and
/// goes only if it still is: the workflow may hear of a submission later than the strategy stored it.
/// </summary>
public sealed class NotifyActivity(MomentNotifier notifier, MarkOverdue markOverdue) : TaskActivity<NotifyInput, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, NotifyInput input)
    {
        if (Strategy.IsOverdueNotice(input.Moment)
            && !await markOverdue.ExecuteAsync(
                input.CycleId,
                input.Country,
                input.Step ?? throw new ArgumentException("An overdue notice names its step.", nameof(input)),
                input.Moment,
                input.AtUtc,
                input.Id,
                CancellationToken.None))
        {
            return false;
        }

        return await notifier.NotifyAsync(input, CancellationToken.None);
    }
}
