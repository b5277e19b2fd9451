using System.ComponentModel.DataAnnotations;
using FocalPoints.Application.Configuration;
using Microsoft.Extensions.Options;

namespace FocalPoints.Infrastructure.Mail;

/// <summary>Configuration section <c>Mail</c>: which sender <see cref="MailServiceCollectionExtensions.AddFocalPointsMail"/> uses, and its pace.</summary>
public sealed class MailOptions : IValidatableObject
{
    public const string Section = "Mail";
    public const string Outbox = "outbox";
    public const string Graph = "graph";

    /// <summary><c>outbox</c> (default: stored, not sent) or <c>graph</c>.</summary>
    [Required(ErrorMessage = Section + ":Sender must be outbox or graph.")]
    [RegularExpression("^(?i:outbox|graph)$", ErrorMessage = Section + ":Sender must be outbox or graph.")]
    public string Sender { get; set; } = Outbox;

    /// <summary>Exchange Online accepts 30 messages a minute per mailbox.</summary>
    public int MaxPerMinute { get; set; } = 30;

    /// <summary>The window <see cref="MaxPerMinute"/> counts over; one minute except in tests.</summary>
    public TimeSpan RateWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Whether messages go out through Microsoft Graph (else they are only stored in the outbox).</summary>
    public bool SendsWithGraph => IsGraph(Sender);

    /// <summary>Whether <paramref name="sender"/> (a <c>Mail:Sender</c> value) names Microsoft Graph.</summary>
    public static bool IsGraph(string? sender) => string.Equals(sender, Graph, StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => Setting.Failures(
        Setting.Between($"{Section}:{nameof(MaxPerMinute)}", MaxPerMinute, 1, 10_000),
        Setting.Between($"{Section}:{nameof(RateWindow)}", RateWindow, TimeSpan.FromMilliseconds(1), TimeSpan.FromHours(1)));
}

/// <summary>Checks <see cref="MailOptions"/> when the host starts (source-generated from its attributes).</summary>
[OptionsValidator]
public sealed partial class MailOptionsValidator : IValidateOptions<MailOptions>;
