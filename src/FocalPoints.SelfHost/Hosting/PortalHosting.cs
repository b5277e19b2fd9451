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
    /// Maps the portal's files and answers the portal's own routes with <c>index.html</c> (the web
    /// root must be <see cref="WebRoot"/>); without a built portal, page requests answer 503 saying how to build it.
    /// </summary>
    public static WebApplication UsePortal(this WebApplication app, string portalDirectory)
    {
        string? webRoot = WebRoot(portalDirectory);
        if (webRoot is not null)
        {
            app.MapStaticAssets(Path.Combine(portalDirectory, ManifestName));
        }

        // A middleware rather than a fallback endpoint: it answers only where routing found nothing,
        // so a wrong method on an API route stays 405 and the API, sign-in and framework paths 404.
        app.Use((http, next) =>
        {
            if (http.GetEndpoint() is not null || (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)) || !IsPagePath(http.Request.Path))
            {
                return next(http);
            }

            if (webRoot is null)
            {
                return Results.Problem(
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    title: "The portal is not built",
                    detail: $"There is no published portal in {portalDirectory}. Build the self-host (dotnet build src/FocalPoints.SelfHost), which publishes src/FocalPoints.Portal there; the API under /api works without it.")
                    .ExecuteAsync(http);
            }

            if (!AcceptsHtml(http.Request))
            {
                return next(http);
            }

            http.Response.Headers.CacheControl = "no-cache";
            return Results.File(Path.Combine(webRoot, "index.html"), "text/html; charset=utf-8").ExecuteAsync(http);
        });
        return app;
    }

    /// <summary>A path of the portal's client-side router: not under a reserved prefix, and with no file extension in its last segment.</summary>
    private static bool IsPagePath(PathString path) =>
        !NotPortal.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
        && !path.Value![(path.Value!.LastIndexOf('/') + 1)..].Contains('.', StringComparison.Ordinal);

    /// <summary>A page request of the portal's client-side router accepts HTML (a browser navigation, or curl's <c>*/*</c>).</summary>
    private static bool AcceptsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) || a.MatchesAllTypes);
}
