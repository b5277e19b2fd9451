using FocalPoints.Domain.Notifications;
using Microsoft.DurableTask;

namespace FocalPoints.Workflow.Activities;

/// <summary>
/// When a reminder due at one instant reaches each zone's working day. Computed in an activity, not
/// in the orchestrator, because it reads the host's time-zone rules, which can differ between the
/// worker that first ran a workflow and the one that replays it; the answer is kept in history.
/// Used by instances started before version 1.2, which read the zones once per step; newer ones
/// use <see cref="ReminderDeliveryActivity"/>.
/// </summary>
public sealed class ReminderSendTimesActivity : TaskActivity<ReminderSendTimesInput, ReminderSendGroup[]>
{
    public override Task<ReminderSendGroup[]> RunAsync(TaskActivityContext context, ReminderSendTimesInput input)
    {
        WorkingHours hours = WorkingHours.Parse(input.WorkingHours) ?? WorkingHours.Default;
        return Task.FromResult(ReminderSendGroups.For(hours, input.DueUtc, input.TimeZones));
    }
}
