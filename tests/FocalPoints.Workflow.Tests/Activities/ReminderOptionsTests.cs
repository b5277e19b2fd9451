using FocalPoints.Application.Configuration;
using FocalPoints.Testing;
using FocalPoints.Workflow.Activities;
using Microsoft.Extensions.Options;

namespace FocalPoints.Workflow.Tests.Activities;

/// <summary>Section <c>Reminders</c> is checked when the host starts, not at the first reminder.</summary>
public sealed class ReminderOptionsTests
{
    private static Exception? Start(string? workingHours) => StartupSettings.Check(
        services => services.AddValidatedOptions<ReminderOptions, ReminderOptionsValidator>(ReminderOptions.Section),
        ("Reminders:WorkingHours", workingHours));

    [Theory]
    [InlineData("08:30-17:00")]
    [InlineData("off")]
    public void Working_hours_or_off_start(string workingHours) => Assert.Null(Start(workingHours));

    [Theory]
    [InlineData("25:00")]
    [InlineData("09:00-25:00")]
    [InlineData("18:00-09:00")]
    [InlineData("always")]
    public void Other_working_hours_stop_the_start_naming_the_key(string workingHours)
    {
        OptionsValidationException failed = Assert.IsType<OptionsValidationException>(Start(workingHours));

        Assert.Contains("Reminders:WorkingHours", failed.Message, StringComparison.Ordinal);
    }
}
