using FocalPoints.Application.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace FocalPoints.Api.Http;

/// <summary>
/// When the <c>X-MS-CLIENT-PRINCIPAL</c> header is believed. App Service authentication sets it and
/// strips any a client sent, but only while the module is on; the Functions app therefore believes
/// it only when the platform says so (<see cref="ForAppService"/>). The self-host has no such front
/// door, so it believes the header only in Development and only from loopback.
/// </summary>
public sealed class CallerOptions
{
    /// <summary>The App Service setting that says its authentication module is on (<c>True</c>).</summary>
    public const string AppServiceAuthenticationSetting = "WEBSITE_AUTH_ENABLED";

    public bool TrustPrincipalHeader { get; set; } = true;

    public bool LoopbackOnly { get; set; }

    /// <summary>
    /// Believe the user the host's own authentication signed in (<see cref="HttpContext.User"/>: the
    /// self-host's bearer tokens, <c>SelfHost:SignIn</c>) before the header. The host validated that
    /// user's token, so the caller is read from its claims as from App Service's.
    /// </summary>
    public bool TrustSignedInUser { get; set; }

    /// <summary>
    /// Believe the principal only with the identity-provider header App Service authentication adds
    /// to every request it authenticated (<c>X-MS-CLIENT-PRINCIPAL-IDP</c>).
    /// </summary>
    public bool RequireIdentityProvider { get; set; }

    /// <summary>Why the header is believed or not, for the start-up log (no personal data).</summary>
    public string Reason { get; set; } = "configured by the host";

    /// <summary>
    /// The Functions app's rule: the header is believed only when <c>WEBSITE_AUTH_ENABLED</c> is
    /// <c>True</c> and the request carries the identity-provider header; otherwise no request has a
    /// principal (every one is 401). Core Tools, a container or App Service with authentication off
    /// would pass a client's own header through.
    /// </summary>
    public static CallerOptions ForAppService(IConfiguration configuration) =>
        bool.TryParse(configuration[AppServiceAuthenticationSetting], out bool enabled) && enabled
            ? new CallerOptions
            {
                RequireIdentityProvider = true,
                Reason = $"App Service authentication is on ({AppServiceAuthenticationSetting}=True): it strips any principal header a client sends and sets its own with {ClientPrincipal.IdentityProviderHeaderName}",
            }
            : new CallerOptions
            {
                TrustPrincipalHeader = false,
                Reason = $"{AppServiceAuthenticationSetting} is not True, so App Service authentication is off or absent (Core Tools, a container) and a principal header could come from anyone; every request is 401 until it is turned on",
            };

    public Caller? Read(HttpContext http)
    {
        if (TrustSignedInUser && http.User.Identity?.IsAuthenticated == true)
        {
            return ClientPrincipal.FromClaims(http.User.Claims);
        }

        if (!TrustPrincipalHeader)
        {
            return null;
        }

        if (LoopbackOnly && !Loopback.IsCaller(http))
        {
            return null;
        }

        if (RequireIdentityProvider && string.IsNullOrWhiteSpace(http.Request.Headers[ClientPrincipal.IdentityProviderHeaderName]))
        {
            return null;
        }

        return ClientPrincipal.Parse(http.Request.Headers[ClientPrincipal.HeaderName].FirstOrDefault());
    }
}
