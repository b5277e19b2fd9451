using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.Extensions.Options;

namespace FocalPoints.Infrastructure.Mail;

/// <summary>
/// Configuration section <c>Graph</c>, read when <c>Mail:Sender</c> is <c>graph</c>. Secrets come from
/// configuration (Key Vault, environment), never the repository.
/// </summary>
public sealed class GraphOptions : IValidatableObject
{
    public const string Section = "Graph";
    public const string ManagedIdentity = "managedIdentity";
    public const string ClientSecretAuthentication = "clientSecret";
    public const string ClientCertificate = "clientCertificate";
    public const string None = "none";

    /// <summary>The mailbox messages are sent from (<c>Users[SenderMailbox].SendMail</c>); required with <c>Mail:Sender=graph</c>.</summary>
    public string? SenderMailbox { get; set; }

    /// <summary>Graph's v1.0 endpoint, or a local simulator such as Microsoft Dev Proxy.</summary>
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary><c>managedIdentity</c> (default), <c>clientSecret</c>, <c>clientCertificate</c>, or <c>none</c> (loopback base URL only).</summary>
    [AllowedValues(ManagedIdentity, ClientSecretAuthentication, ClientCertificate, None, ErrorMessage = Section + ":Authentication must be one of managedIdentity, clientSecret, clientCertificate, none.")]
    public string Authentication { get; set; } = ManagedIdentity;

    public string? TenantId { get; set; }

    /// <summary>The app registration, or a user-assigned managed identity's client id.</summary>
    public string? ClientId { get; set; }

    /// <summary>The app registration's secret, with <c>Authentication=clientSecret</c>.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Path to a PFX/PEM client certificate.</summary>
    public string? CertificatePath { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!PortalOptions.IsWebAddress(BaseUrl))
        {
            yield return Failure(nameof(BaseUrl), $"{Section}:BaseUrl must be an absolute http or https address, not '{BaseUrl}'.");
        }
        else if (Authentication == None && !IsLoopback(BaseUrl))
        {
            // A local simulator only: nothing else may be reached without credentials.
            yield return Failure(nameof(BaseUrl), $"{Section}:Authentication=none is only allowed with a loopback {Section}:BaseUrl (a local simulator).");
        }

        string[] needed = Authentication switch
        {
            ClientSecretAuthentication => [nameof(TenantId), nameof(ClientId), nameof(ClientSecret)],
            ClientCertificate => [nameof(TenantId), nameof(ClientId), nameof(CertificatePath)],
            _ => [],
        };
        string?[] values = Authentication == ClientSecretAuthentication ? [TenantId, ClientId, ClientSecret] : [TenantId, ClientId, CertificatePath];
        for (int i = 0; i < needed.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(values[i]))
            {
                yield return Failure(needed[i], $"{Section}:Authentication={Authentication} needs {Section}:{needed[i]}.");
            }
        }
    }

    internal static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out IPAddress? ip) && IPAddress.IsLoopback(ip)));

    private static ValidationResult Failure(string member, string message) => new(message, [member]);
}

/// <summary>Checks <see cref="GraphOptions"/> when the host starts (source-generated).</summary>
[OptionsValidator]
public sealed partial class GraphOptionsValidator : IValidateOptions<GraphOptions>;
