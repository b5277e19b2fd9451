using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace FocalPoints.SelfHost.Hosting;

/// <summary>Configuration section <c>Digest</c>: when <see cref="DigestSchedule"/> sends the weekly coordinator digest.</summary>
public sealed class DigestOptions
{
    public const string Section = "Digest";

    public bool Enabled { get; set; } = true;

    [EnumDataType(typeof(DayOfWeek), ErrorMessage = Section + ":Day must be a day of the week (Monday to Sunday).")]
    public DayOfWeek Day { get; set; } = DayOfWeek.Monday;

    /// <summary>The time of day, UTC, <c>HH:mm</c>.</summary>
    [Required(ErrorMessage = Section + ":TimeUtc must be a time of day, HH:mm (UTC).")]
    [RegularExpression("^([01][0-9]|2[0-3]):[0-5][0-9]$", ErrorMessage = Section + ":TimeUtc must be a time of day, HH:mm from 00:00 to 23:59 (UTC).")]
    public string TimeUtc { get; set; } = "07:00";
}

/// <summary>Checks <see cref="DigestOptions"/> when the host starts (source-generated from its attributes).</summary>
[OptionsValidator]
public sealed partial class DigestOptionsValidator : IValidateOptions<DigestOptions>;
