namespace FocalPoints.SelfHost.Hosting;

/// <summary>
/// A portal settings file the self-host serves at <c>/appsettings.json</c> in place of the published
/// one (setting <c>SelfHost:PortalSettings</c>): with <c>Api:BaseUrl</c>, <c>AzureAd:Authority</c>,
/// <c>AzureAd:ClientId</c> and <c>Api:Scope</c> it turns on the portal's own OpenID Connect sign-in
/// against an API on another origin, as deployed (infra/README.md), which is how that mode is tried
/// and tested without Azure. The Content Security Policy then also admits those two origins.
/// </summary>
public sealed record PortalSettingsFile(string Path, IReadOnlyList<string> Origins)
{
    public const string SettingName = "SelfHost:PortalSettings";

    /// <summary>The file <see cref="SettingName"/> names, or <c>null</c> when it names none; fails when the file is missing.</summary>
    public static PortalSettingsFile? From(IConfiguration configuration)
    {
        string? path = configuration[SettingName];
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        path = System.IO.Path.GetFullPath(path);
        IConfigurationRoot settings = new ConfigurationBuilder().AddJsonFile(path, optional: false).Build();
        string[] origins = [.. new[] { settings["AzureAd:Authority"], settings["Api:BaseUrl"] }
            .Where(url => Uri.TryCreate(url, UriKind.Absolute, out _))
            .Select(url => new Uri(url!).GetLeftPart(UriPartial.Authority))
            .Distinct(StringComparer.OrdinalIgnoreCase)];
        return new PortalSettingsFile(path, origins);
    }

    /// <summary>Answers <c>GET /appsettings.json</c> with the file (revalidated every time, as the runtime asks for it).</summary>
    public void Serve(WebApplication app) => app.Use((http, next) =>
    {
        if (!HttpMethods.IsGet(http.Request.Method) || !http.Request.Path.Equals("/appsettings.json", StringComparison.OrdinalIgnoreCase))
        {
            return next(http);
        }

        http.Response.Headers.CacheControl = "no-cache";
        return Results.File(Path, "application/json").ExecuteAsync(http);
    });
}
