using FocalPoints.Api.Http;

namespace FocalPoints.SelfHost.Hosting;

/// <summary>
/// Marks the API routes whose HTML the portal shows in a same-origin sandboxed iframe (the
/// summaries): they may be framed by the portal's own origin, every other response by nobody.
/// </summary>
public sealed class FramedByPortal
{
    public static readonly FramedByPortal Instance = new();

    private FramedByPortal()
    {
    }
}

/// <summary>
/// The security headers of every response: the portal's Content Security Policy (the same one
/// <c>staticwebapp.config.json</c> gives Static Web Apps), <c>nosniff</c>, no referrer, and
/// <c>Cache-Control: no-store</c> on every API response (confidential: never kept in a disk cache).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// The portal's policy: WebAssembly needs <c>'wasm-unsafe-eval'</c>; Fluent UI sets inline styles; nothing may frame it.
    /// Deployed, the portal signs in with Entra ID (token requests to <c>login.microsoftonline.com</c>, silent renewal in a
    /// hidden frame) and calls the Functions app on its own origin, known only at deploy time: any <c>*.azurewebsites.net</c>
    /// (scripts still come only from the portal's origin, so no other code can use the wider <c>connect-src</c>).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; "
        + "connect-src 'self' https://login.microsoftonline.com https://*.azurewebsites.net; frame-src 'self' https://login.microsoftonline.com; "
        + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    /// <summary>The policy for a summary the portal frames: the same, but its own origin may frame it.</summary>
    public static readonly string FramedContentSecurityPolicy = ContentSecurityPolicy.Replace("frame-ancestors 'none'", "frame-ancestors 'self'", StringComparison.Ordinal);

    /// <summary>Adds the headers when the response starts (after routing, so the endpoint's metadata decides the framing).</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            IHeaderDictionary headers = http.Response.Headers;
            headers.ContentSecurityPolicy = http.GetEndpoint()?.Metadata.GetMetadata<FramedByPortal>() is null ? ContentSecurityPolicy : FramedContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                headers.CacheControl = ApiCaching.NoStore;
            }
            return Task.CompletedTask;
        });
        return next(http);
    });
}
