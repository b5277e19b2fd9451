using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Workflow.Orchestrations;

public sealed partial class StrategyOrchestrator
{
    private sealed partial class Run
    {
        /// <summary>
        /// Waits for the coordinators' review of <paramref name="version"/>, reminding them before
        /// their <c>reviewDuration</c> ends and telling them once when it is overdue. Coordinators
        /// are written at the moment's time, whatever the hour.
        /// </summary>
        private async Task<StepReviewed> WaitForReviewAsync(StrategyStep step, int version)
        {
            var reviews = new EventWaiter<StepReviewed>(context, WorkflowNames.ReviewedEvent(step), r => r.Version == version);
            DateTime submitted = context.CurrentUtcDateTime;
            DateTime reviewDue = ReviewReminderPlan.DueUtc(Schedule, submitted);
            foreach (ReminderMoment moment in ReviewReminderPlan.Moments(Schedule, submitted))
            {
                if (await reviews.BeforeAsync(moment.AtUtc) is StepReviewed review)
                {
                    return review;
                }

                await NotifyAsync(moment.Moment, step, reviewDue, $"{step}|v{version}|review{moment.Sequence}|{moment.Moment}");
            }

            return await reviews.NextAsync();
        }
    }
}
