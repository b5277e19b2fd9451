using System.ComponentModel.DataAnnotations;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;
using Microsoft.Extensions.Options;

namespace FocalPoints.Infrastructure.Mail;

/// <summary>Configuration section <c>Portal</c>: where links in messages point.</summary>
public sealed class PortalOptions : IValidatableObject
{
    public const string Section = "Portal";

    public string BaseUrl { get; set; } = "http://127.0.0.1:5080";

    public string StepLink(string cycleId, string country, string stepSlug) =>
        $"{BaseUrl.TrimEnd('/')}/cycles/{Uri.EscapeDataString(cycleId)}/countries/{country}/steps/{stepSlug}";

    public string StrategyLink(string cycleId, string country) =>
        $"{BaseUrl.TrimEnd('/')}/cycles/{Uri.EscapeDataString(cycleId)}/countries/{country}";

    public string PeerReviewLink(string sessionId) => $"{BaseUrl.TrimEnd('/')}/peer-reviews/{Uri.EscapeDataString(sessionId)}";

    public string CycleLink(string cycleId) => $"{BaseUrl.TrimEnd('/')}/cycles/{Uri.EscapeDataString(cycleId)}";

    /// <summary>The address of <paramref name="link"/>.</summary>
    public string Address(PortalLink link) => link switch
    {
        { PeerReviewSessionId: string session } => PeerReviewLink(session),
        { CycleId: string cycle, Country: string country, Step: StrategyStep step } => StepLink(cycle, country, step.ToSlug()),
        { CycleId: string cycle, Country: string country } => StrategyLink(cycle, country),
        { CycleId: string cycle } => CycleLink(cycle),
        _ => BaseUrl.TrimEnd('/'),
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsWebAddress(BaseUrl))
        {
            yield return new ValidationResult($"{Section}:BaseUrl must be an absolute http or https address (the portal links in messages start with it), not '{BaseUrl}'.", [nameof(BaseUrl)]);
        }
    }

    internal static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

/// <summary>Checks <see cref="PortalOptions"/> when the host starts (source-generated).</summary>
[OptionsValidator]
public sealed partial class PortalOptionsValidator : IValidateOptions<PortalOptions>;
