using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FocalPoints.Api.Http;

/// <summary>
/// The security headers of every response, in both hosts: the portal's Content Security Policy (the
/// same one <c>staticwebapp.config.json</c> gives Static Web Apps), <c>nosniff</c>, no referrer, and
/// <c>Cache-Control: no-store</c> on every API response (confidential: never kept in a disk cache).
/// The self-host adds them to every response (<see cref="UseSecurityHeaders"/>); the Functions app to
/// every function's answer (<see cref="Secure"/>), the HTML summaries among them.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// The portal's policy: WebAssembly needs <c>'wasm-unsafe-eval'</c>; Fluent UI sets inline styles; nothing may frame it.
    /// Deployed, the portal signs in with Entra ID (token requests to <c>login.microsoftonline.com</c>, silent renewal in a
    /// hidden frame) and calls the Functions app on its own origin, known only at deploy time and never a wildcard: the
    /// deploy hook (<c>infra/hooks/portal-settings.sh</c>) adds the API's origin to <c>connect-src</c> in
    /// <c>staticwebapp.config.json</c>, and the self-host adds the <c>Api:BaseUrl</c> of the portal settings it serves
    /// (<see cref="Admitting"/>).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; "
        + "connect-src 'self' https://login.microsoftonline.com; frame-src 'self' https://login.microsoftonline.com; "
        + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    /// <summary>
    /// <see cref="ContentSecurityPolicy"/> that also lets the portal's script reach <paramref name="origins"/>
    /// (<c>connect-src</c>) and frame them (<c>frame-src</c>, the library's silent renewal): a sign-in
    /// provider and an API on their own origins (the self-host's <c>PortalSettingsFile</c>).
    /// </summary>
    public static string Admitting(IReadOnlyCollection<string> origins) => origins.Count == 0
        ? ContentSecurityPolicy
        : ContentSecurityPolicy
            .Replace("connect-src 'self'", "connect-src 'self' " + string.Join(' ', origins), StringComparison.Ordinal)
            .Replace("frame-src 'self'", "frame-src 'self' " + string.Join(' ', origins), StringComparison.Ordinal);

    /// <summary>Adds the headers when the response starts, with <paramref name="policy"/> (by default <see cref="ContentSecurityPolicy"/>).</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, string policy = ContentSecurityPolicy) => app.Use((http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            Secure(http.Response, policy);
            if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                ApiCaching.Forbid(http.Response);
            }
            return Task.CompletedTask;
        });
        return next(http);
    });

    /// <summary>Sets <paramref name="policy"/>, <c>nosniff</c> and no referrer on <paramref name="response"/>; call before it starts.</summary>
    public static void Secure(HttpResponse response, string policy = ContentSecurityPolicy)
    {
        IHeaderDictionary headers = response.Headers;
        headers.ContentSecurityPolicy = policy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
    }
}
