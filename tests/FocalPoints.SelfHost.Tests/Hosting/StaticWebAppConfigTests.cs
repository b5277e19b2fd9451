using System.Text.Json.Nodes;
using FocalPoints.Api.Http;
using FocalPoints.SelfHost.Hosting;

namespace FocalPoints.SelfHost.Tests.Hosting;

/// <summary>
/// Static Web Apps serves the portal in Azure as the self-host serves it locally: the same
/// security headers, the fallback to index.html, the API for signed-in people only, sign-in with
/// Entra ID (aad) only.
/// </summary>
public sealed class StaticWebAppConfigTests
{
    private static readonly JsonNode Config = JsonNode.Parse(File.ReadAllText(
        Path.Combine(RepositoryRoot.Find(), "src", "FocalPoints.Portal", "wwwroot", "staticwebapp.config.json")))!;

    private static JsonNode? Route(string route) => Config["routes"]!.AsArray().SingleOrDefault(r => (string?)r!["route"] == route);

    [Fact]
    public void Global_headers_are_the_self_hosts()
    {
        JsonNode headers = Config["globalHeaders"]!;

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, (string?)headers["Content-Security-Policy"]);
        Assert.Equal("nosniff", (string?)headers["X-Content-Type-Options"]);
        Assert.Equal("no-referrer", (string?)headers["Referrer-Policy"]);
    }

    [Fact]
    public void Client_routes_fall_back_to_index_html_but_never_the_api_or_files()
    {
        JsonNode fallback = Config["navigationFallback"]!;

        Assert.Equal("/index.html", (string?)fallback["rewrite"]);
        Assert.Equal(
            ["/_framework/*", "/_content/*", "/api/*", "/css/*", "/js/*", "*.{css,js,wasm,dat,json,svg,png}"],
            fallback["exclude"]!.AsArray().Select(e => (string)e!));
    }

    [Fact]
    public void The_api_needs_sign_in_which_is_entra_id_only()
    {
        Assert.Equal(["authenticated"], Route("/api/*")!["allowedRoles"]!.AsArray().Select(r => (string)r!));
        Assert.Equal(404, (int)Route("/.auth/login/github")!["statusCode"]!);
        Assert.Equal(404, (int)Route("/.auth/login/twitter")!["statusCode"]!);
        Assert.Null(Route("/.auth/login/aad"));
    }

    [Fact]
    public void A_401_stays_a_401_for_the_portal_to_show_its_own_sign_in_prompt()
    {
        // A redirect to the sign-in page would reach the portal's fetch as a cross-origin redirect, not a 401 it can handle.
        Assert.Null(Config["responseOverrides"]?["401"]);
    }

    [Fact]
    public void Api_responses_are_never_stored_and_keep_the_global_policy()
    {
        JsonNode headers = Route("/api/*")!["headers"]!;

        Assert.Equal("no-store", (string?)headers["Cache-Control"]);
        // Nothing frames the API: the portal fetches summaries and shows them from memory (srcdoc), so the global frame-ancestors 'none' holds.
        Assert.Null(headers["Content-Security-Policy"]);
    }

    [Fact]
    public void Framework_files_are_immutable_except_the_two_unfingerprinted_entry_points()
    {
        string[] order = Config["routes"]!.AsArray().Select(r => (string)r!["route"]!).ToArray();

        Assert.Equal("public, max-age=31536000, immutable", (string?)Route("/_framework/*")!["headers"]!["Cache-Control"]);
        // Routes match in order: the entry points (which name the fingerprinted files) come first and stay revalidated.
        foreach (string entry in new[] { "/_framework/blazor.webassembly.js", "/_framework/dotnet.js" })
        {
            Assert.Equal("no-cache", (string?)Route(entry)!["headers"]!["Cache-Control"]);
            Assert.True(Array.IndexOf(order, entry) < Array.IndexOf(order, "/_framework/*"), entry);
        }
    }

    [Fact]
    public void Mime_types_are_set()
    {
        Assert.Equal("application/wasm", (string?)Config["mimeTypes"]![".wasm"]);
        Assert.NotNull((string?)Config["mimeTypes"]![".dat"]);
        Assert.NotNull((string?)Config["mimeTypes"]![".blat"]);
    }
}
