namespace FocalPoints.Portal.Auth;

/// <summary>
/// The deployed portal's sign-in, from <c>wwwroot/appsettings.json</c> (written at deploy time; see
/// infra/README.md): the API's origin, the OpenID Connect authority (Entra ID's v2.0 endpoint), the
/// app registration's client id and the API scope to ask for. Without <c>Api:BaseUrl</c> there are
/// none, and the portal uses its own origin and <c>/.auth</c>.
/// </summary>
public sealed record OidcSettings(Uri ApiBaseUrl, string Authority, string ClientId, string Scope)
{
    /// <summary>The settings when configuration has <c>Api:BaseUrl</c>; null otherwise. Fails naming what is missing when only part is there.</summary>
    public static OidcSettings? From(IConfiguration configuration)
    {
        string? baseUrl = configuration["Api:BaseUrl"];
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            return null;
        }

        // The API's paths are relative ("api/me"): the base address must end with a slash.
        var api = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", UriKind.Absolute);
        return new OidcSettings(api, Required(configuration, "AzureAd:Authority"), Required(configuration, "AzureAd:ClientId"), Required(configuration, "Api:Scope"));
    }

    private static string Required(IConfiguration configuration, string key) =>
        configuration[key] is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"appsettings.json has Api:BaseUrl but no {key}: the portal cannot sign in.");
}
