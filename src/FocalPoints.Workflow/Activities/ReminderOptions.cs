using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace FocalPoints.Workflow.Activities;

/// <summary>Configuration section <c>Reminders</c>, read by <see cref="ReminderDeliveryActivity"/>.</summary>
public sealed class ReminderOptions : IValidatableObject
{
    public const string Section = "Reminders";

    /// <summary><c>HH:mm-HH:mm</c> in each recipient's zone, or <c>off</c> to send at once (demos, tests).</summary>
    public string WorkingHours { get; set; } = Domain.Notifications.WorkingHours.Default.ToString();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Domain.Notifications.WorkingHours.Parse(WorkingHours) is null)
        {
            yield return new ValidationResult(
                $"{Section}:WorkingHours must be HH:mm-HH:mm (a start before its end, 00:00 to 23:59) or off, not '{WorkingHours}'.", [nameof(WorkingHours)]);
        }
    }
}

/// <summary>Checks <see cref="ReminderOptions"/> when the host starts (source-generated).</summary>
[OptionsValidator]
public sealed partial class ReminderOptionsValidator : IValidateOptions<ReminderOptions>;
