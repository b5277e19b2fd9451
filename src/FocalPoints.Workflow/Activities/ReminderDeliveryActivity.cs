using FocalPoints.Application.Ports;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Notifications;
using Microsoft.DurableTask;

namespace FocalPoints.Workflow.Activities;

/// <summary>
/// When a reminder moment that falls due now reaches each of the country's focal points: the
/// directory is read as it stands at that moment (a focal point added or moved since the step
/// opened is reminded in their zone), with the working hours setting (<c>Reminders:WorkingHours</c>).
/// An empty answer means everyone at once (working hours off, or no focal points). Read in an
/// activity so that the orchestrator stays deterministic: the answer is kept in its history.
/// </summary>
public sealed class ReminderDeliveryActivity(IDirectoryStore directory, ReminderOptions options) : TaskActivity<ReminderDeliveryInput, ReminderSendGroup[]>
{
    public override async Task<ReminderSendGroup[]> RunAsync(TaskActivityContext context, ReminderDeliveryInput input)
    {
        WorkingHours hours = WorkingHours.Parse(options.WorkingHours) ?? WorkingHours.Default;
        if (!hours.Enabled)
        {
            return [];
        }

        Member? member = await directory.GetMemberAsync(input.Country, CancellationToken.None);
        return ReminderSendGroups.For(hours, input.DueUtc, (member?.FocalPoints ?? []).Select(f => f.TimeZone));
    }
}
