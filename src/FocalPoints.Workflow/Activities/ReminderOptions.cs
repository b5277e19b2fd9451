namespace FocalPoints.Workflow.Activities;

/// <summary>Configuration section <c>Reminders</c>, read by <see cref="ReminderDeliveryActivity"/>.</summary>
public sealed class ReminderOptions
{
    /// <summary><c>HH:mm-HH:mm</c> in each recipient's zone, or <c>off</c> to send at once (demos, tests).</summary>
    public string WorkingHours { get; set; } = Domain.Notifications.WorkingHours.Default.ToString();
}
