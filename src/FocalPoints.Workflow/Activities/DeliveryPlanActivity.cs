using FocalPoints.Application.Ports;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Notifications;
using Microsoft.DurableTask;

namespace FocalPoints.Workflow.Activities;

/// <summary>
/// The facts the workflow needs to hold reminders for working hours: the working hours setting
/// (<c>Reminders:WorkingHours</c>) and the time zones of the country's focal points. Read in an
/// activity so the orchestrator stays deterministic: the answer is recorded in its history.
/// Called once per step by instances started at version 1.1 only; from 1.2 the directory is read
/// when each reminder falls due (<see cref="ReminderDeliveryActivity"/>).
/// </summary>
public sealed class DeliveryPlanActivity(IDirectoryStore directory, ReminderOptions options) : TaskActivity<DeliveryPlanInput, DeliveryPlan>
{
    public override async Task<DeliveryPlan> RunAsync(TaskActivityContext context, DeliveryPlanInput input)
    {
        Member? member = await directory.GetMemberAsync(input.Country, CancellationToken.None);
        WorkingHours hours = WorkingHours.Parse(options.WorkingHours) ?? WorkingHours.Default;
        return new DeliveryPlan(hours.ToString(), (member?.FocalPoints ?? []).Select(f => f.TimeZone).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());
    }
}

/// <summary>Configuration section <c>Reminders</c>.</summary>
public sealed class ReminderOptions
{
    /// <summary><c>HH:mm-HH:mm</c> in each recipient's zone, or <c>off</c> to send at once (demos, tests).</summary>
    public string WorkingHours { get; set; } = Domain.Notifications.WorkingHours.Default.ToString();
}
