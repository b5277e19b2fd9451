using System.Text.Json.Nodes;

namespace FocalPoints.Infra.Tests;

/// <summary>
/// What Static Web Apps enforces for the portal in Azure (<c>staticwebapp.config.json</c>): the API
/// only for signed-in people, Entra ID the only way in, and the browser's protections on every
/// response. (The self-host's copy of the same headers is compared in FocalPoints.SelfHost.Tests.)
/// </summary>
public sealed class PortalConfigTests
{
    private static readonly JsonObject Config = JsonNode.Parse(RepositoryFiles.Read("src", "FocalPoints.Portal", "wwwroot", "staticwebapp.config.json"))!.AsObject();

    private static JsonObject[] Routes => Config["routes"]!.AsArray().Select(r => r!.AsObject()).ToArray();

    [Fact]
    public void Every_api_route_needs_a_signed_in_role_and_no_route_opens_anything_to_anonymous()
    {
        JsonObject[] api = Routes.Where(r => ((string)r["route"]!).StartsWith("/api", StringComparison.OrdinalIgnoreCase)).ToArray();

        Assert.NotEmpty(api);
        Assert.All(api, r => Assert.Equal(["authenticated"], r["allowedRoles"]!.AsArray().Select(x => (string)x!)));
        Assert.DoesNotContain(Routes, r => r["allowedRoles"]?.AsArray().Any(x => (string?)x == "anonymous") == true);
        // The fallback to index.html never answers for the API.
        Assert.Contains("/api/*", Config["navigationFallback"]!["exclude"]!.AsArray().Select(x => (string)x!));
    }

    [Fact]
    public void Sign_in_is_entra_id_only()
    {
        foreach (string provider in new[] { "github", "twitter" })
        {
            JsonObject route = Assert.Single(Routes, r => (string?)r["route"] == $"/.auth/login/{provider}");
            Assert.Equal(404, (int)route["statusCode"]!);
        }
    }

    [Fact]
    public void Every_response_carries_the_security_headers()
    {
        JsonNode headers = Config["globalHeaders"]!;
        Dictionary<string, string> csp = Directives((string)headers["Content-Security-Policy"]!);

        Assert.Equal("'self' 'wasm-unsafe-eval'", csp["script-src"]);
        Assert.Equal("'none'", csp["frame-ancestors"]);
        Assert.Equal("'none'", csp["object-src"]);
        Assert.Equal("'self'", csp["default-src"]);
        Assert.Equal("nosniff", (string?)headers["X-Content-Type-Options"]);
        Assert.Equal("no-referrer", (string?)headers["Referrer-Policy"]);
        string hsts = (string)headers["Strict-Transport-Security"]!;
        Assert.StartsWith("max-age=", hsts, StringComparison.Ordinal);
        Assert.True(int.Parse(hsts["max-age=".Length..].Split(';')[0], System.Globalization.CultureInfo.InvariantCulture) >= 31536000, hsts);
    }

    [Fact]
    public void No_managed_api_runtime_is_configured()
    {
        // The API is the Functions app on its own origin: Static Web Apps hosts no managed API, so nothing
        // names a runtime for one (platform.apiRuntime).
        Assert.False(Config.ContainsKey("platform"));
    }

    private static Dictionary<string, string> Directives(string policy) => policy
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(d => d.Split(' ', 2))
        .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : string.Empty, StringComparer.Ordinal);
}
