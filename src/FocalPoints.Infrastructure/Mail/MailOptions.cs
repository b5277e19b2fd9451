using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Infrastructure.Mail;

/// <summary>Configuration section <c>Mail</c>.</summary>
public sealed class MailOptions
{
    public const string Outbox = "outbox";
    public const string Graph = "graph";

    /// <summary><c>outbox</c> (default: stored, not sent) or <c>graph</c>.</summary>
    public string Sender { get; set; } = Outbox;

    /// <summary>Exchange Online accepts 30 messages a minute per mailbox.</summary>
    public int MaxPerMinute { get; set; } = 30;

    /// <summary>The window <see cref="MaxPerMinute"/> counts over; one minute except in tests.</summary>
    public TimeSpan RateWindow { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>Configuration section <c>Graph</c>. Secrets come from configuration (Key Vault, environment), never the repository.</summary>
public sealed class GraphOptions
{
    public const string ManagedIdentity = "managedIdentity";
    public const string ClientSecret = "clientSecret";
    public const string ClientCertificate = "clientCertificate";
    public const string None = "none";

    /// <summary>The mailbox messages are sent from (<c>Users[SenderMailbox].SendMail</c>).</summary>
    public string? SenderMailbox { get; set; }

    /// <summary>Graph's v1.0 endpoint, or a local simulator such as Microsoft Dev Proxy.</summary>
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary><c>managedIdentity</c> (default), <c>clientSecret</c>, <c>clientCertificate</c>, or <c>none</c> (loopback base URL only).</summary>
    public string Authentication { get; set; } = ManagedIdentity;

    public string? TenantId { get; set; }

    /// <summary>The app registration, or a user-assigned managed identity's client id.</summary>
    public string? ClientId { get; set; }

    public string? ClientSecretValue { get; set; }

    /// <summary>Path to a PFX/PEM client certificate.</summary>
    public string? CertificatePath { get; set; }
}

/// <summary>Configuration section <c>Portal</c>: where links in messages point.</summary>
public sealed class PortalOptions
{
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
}
