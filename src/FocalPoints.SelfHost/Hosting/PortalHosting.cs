using FocalPoints.Api.Http;

namespace FocalPoints.SelfHost.Hosting;

/// <summary>
/// Serves the published portal (<c>portal/</c> beside the self-host, written by the build) at
/// <c>/</c>: its files through the publish output's static-assets manifest (compressed variants
/// by <c>Accept-Encoding</c>, ETags, immutable caching of fingerprinted files, <c>no-cache</c>
/// for the rest), and <c>index.html</c> for the portal's own routes.
/// </summary>
public static class PortalHosting
{
    public const string ManifestName = "FocalPoints.Portal.staticwebassets.endpoints.json";

    private static readonly string[] NotPortal = ["/api", "/.auth", "/_framework", "/_content"];

    /// <summary>The published portal's web root under <paramref name="portalDirectory"/>, or <c>null</c> when the portal is not built.</summary>
    public static string? WebRoot(string portalDirectory)
    {
        string wwwroot = Path.Combine(portalDirectory, "wwwroot");
        return File.Exists(Path.Combine(portalDirectory, ManifestName)) && File.Exists(Path.Combine(wwwroot, "index.html")) ? wwwroot : null;
    }

    /// <summary>
    /// Maps the portal's files and the fallback to <c>index.html</c>, which the web root must be
    /// (see <see cref="WebRoot"/>); without a built portal, the fallback answers 503 saying how to build it.
    /// </summary>
    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder app, string portalDirectory)
    {
        string? webRoot = WebRoot(portalDirectory);
        if (webRoot is not null)
        {
            app.MapStaticAssets(Path.Combine(portalDirectory, ManifestName));
        }

        // Paths without a file extension only: a missing script or JSON file stays a 404, never HTML.
        app.MapMethods("{*path:nonfile}", [HttpMethods.Get, HttpMethods.Head], (HttpContext http) =>
        {
            if (NotPortal.Any(prefix => http.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                return Problems.NotFound($"There is nothing at {http.Request.Path}.");
            }

            if (webRoot is null)
            {
                return Results.Problem(
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    title: "The portal is not built",
                    detail: $"There is no published portal in {portalDirectory}. Build the self-host (dotnet build src/FocalPoints.SelfHost), which publishes src/FocalPoints.Portal there; the API under /api works without it.");
            }

            if (!AcceptsHtml(http.Request))
            {
                return Problems.NotFound($"There is nothing at {http.Request.Path}.");
            }

            http.Response.Headers.CacheControl = "no-cache";
            return Results.File(Path.Combine(webRoot, "index.html"), "text/html; charset=utf-8");
        }).WithOrder(int.MaxValue);
        return app;
    }

    /// <summary>A page request of the portal's client-side router accepts HTML (a browser navigation, or curl's <c>*/*</c>).</summary>
    private static bool AcceptsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) || a.MatchesAllTypes);
}
