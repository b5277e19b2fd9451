using System.Net;
using System.Text.Json;
using FocalPoints.Api.Http;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Testing.Hosts;

namespace FocalPoints.SelfHost.Tests.Hosting;

/// <summary>A host serving the portal the build published, with Ghana in cycle <c>ps1</c> (so its summary exists).</summary>
public sealed class PortalHostFixture : HostFixture
{
    protected override async Task SeedAsync()
    {
        await Network.RegisterAsync("GHA");
        NetworkScenario.Ensure(await Network.OpenCycleAsync("ps1", ["GHA"], NetworkScenario.SlowSchedule), HttpStatusCode.Accepted);
    }
}

/// <summary>The published portal at <c>/</c>: files, caching, compression, client routes and the security headers.</summary>
public sealed class PortalServingTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>, IDisposable
{
    private readonly HttpClient http = SignInEmulationTests.Browserless(host.Host.App.BaseAddress);

    public void Dispose() => http.Dispose();

    private static string WebRoot => Path.Combine(RunningHost.PortalDirectory, "wwwroot");

    private async Task<HttpResponseMessage> GetAsync(string path, string accept = "text/html", string? encoding = null, string? principal = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Accept", accept);
        if (encoding is not null)
        {
            request.Headers.Add("Accept-Encoding", encoding);
        }

        if (principal is not null)
        {
            request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
        }

        return await http.SendAsync(request);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out IEnumerable<string>? values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values)
        : string.Empty;

    private static void AssertSecurityHeaders(HttpResponseMessage response, string policy)
    {
        Assert.Equal(policy, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
    }

    [Fact(Timeout = 60_000)]
    public async Task The_root_serves_index_html_with_the_security_headers_and_no_cache()
    {
        Assert.True(File.Exists(Path.Combine(WebRoot, "index.html")), $"Build the self-host first: it publishes the portal to {RunningHost.PortalDirectory}.");

        using HttpResponseMessage response = await GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(WebRoot, "index.html")), await response.Content.ReadAsStringAsync());
        Assert.Equal("no-cache", Header(response, "Cache-Control"));
        AssertSecurityHeaders(response, SecurityHeaders.ContentSecurityPolicy);
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self' 'wasm-unsafe-eval';", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_client_route_answers_index_html()
    {
        using HttpResponseMessage response = await GetAsync("/cycles/2027/countries/GHA/steps/risk-assessment");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(WebRoot, "index.html")), await response.Content.ReadAsStringAsync());
        AssertSecurityHeaders(response, SecurityHeaders.ContentSecurityPolicy);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("/api/no-such-route", "text/html")]
    [InlineData("/.auth/no-such-route", "text/html")]
    [InlineData("/_framework/no-such-file", "text/html")]
    [InlineData("/cycles/2027", "application/json")]
    [InlineData("/js/no-such-file.js", "text/html")]
    public async Task Api_framework_files_and_non_page_requests_are_never_answered_with_index_html(string path, string accept)
    {
        using HttpResponseMessage response = await GetAsync(path, accept);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_fingerprinted_framework_file_is_immutable_and_served_brotli_compressed()
    {
        string route = FingerprintedWasm();

        using HttpResponseMessage brotli = await GetAsync("/" + route, "*/*", "br, gzip");
        using HttpResponseMessage plain = await GetAsync("/" + route, "*/*");

        Assert.Equal(HttpStatusCode.OK, brotli.StatusCode);
        Assert.Equal("br", Header(brotli, "Content-Encoding"));
        Assert.Equal("application/wasm", brotli.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", Header(brotli, "Cache-Control"), StringComparison.Ordinal);
        Assert.Contains("max-age=31536000", Header(brotli, "Cache-Control"), StringComparison.Ordinal);
        Assert.NotEmpty(Header(brotli, "ETag"));
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(WebRoot, route.Replace('/', Path.DirectorySeparatorChar) + ".br")), await brotli.Content.ReadAsByteArrayAsync());
        Assert.Empty(Header(plain, "Content-Encoding"));
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(WebRoot, route.Replace('/', Path.DirectorySeparatorChar))), await plain.Content.ReadAsByteArrayAsync());
        AssertSecurityHeaders(brotli, SecurityHeaders.ContentSecurityPolicy);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_file_without_a_fingerprint_is_revalidated()
    {
        using HttpResponseMessage response = await GetAsync("/_framework/blazor.webassembly.js", "*/*");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", Header(response, "Cache-Control"));
    }

    [Fact(Timeout = 60_000)]
    public async Task Api_responses_summaries_included_may_not_be_framed()
    {
        using HttpResponseMessage me = await GetAsync("/api/me", "application/json");
        using HttpResponseMessage cycle = await GetAsync("/api/cycles/ps1", "application/json", principal: NetworkScenario.Coordinator);
        using HttpResponseMessage summary = await GetAsync("/api/cycles/ps1/countries/GHA/summary", "text/html", principal: NetworkScenario.Coordinator);
        using HttpResponseMessage comparative = await GetAsync("/api/peer-reviews/pr-none/summary", "text/html", principal: NetworkScenario.Coordinator);
        using HttpResponseMessage country = await GetAsync("/api/peer-reviews/pr-none/countries/GHA/summary", "text/html", principal: NetworkScenario.Coordinator);

        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        AssertSecurityHeaders(me, SecurityHeaders.ContentSecurityPolicy);
        AssertSecurityHeaders(cycle, SecurityHeaders.ContentSecurityPolicy);
        Assert.Equal(HttpStatusCode.OK, summary.StatusCode);
        Assert.Equal("text/html", summary.Content.Headers.ContentType?.MediaType);
        AssertSecurityHeaders(summary, SecurityHeaders.ContentSecurityPolicy);
        AssertSecurityHeaders(comparative, SecurityHeaders.ContentSecurityPolicy);
        AssertSecurityHeaders(country, SecurityHeaders.ContentSecurityPolicy);
    }

    [Fact(Timeout = 120_000)]
    public async Task Without_a_built_portal_the_root_says_how_to_build_it()
    {
        string empty = Directory.CreateTempSubdirectory("no-portal-").FullName;
        await using RunningHost bare = await RunningHost.StartAsync(DurableEngineKind.InMemory, host.ConnectionString, output: null, portalDirectory: empty);
        using HttpClient client = SignInEmulationTests.Browserless(bare.App.BaseAddress);

        using HttpResponseMessage response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("dotnet build src/FocalPoints.SelfHost", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    /// <summary>A fingerprinted WebAssembly file under <c>_framework/</c>, as the publish manifest lists it.</summary>
    private static string FingerprintedWasm()
    {
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RunningHost.PortalDirectory, PortalHosting.ManifestName)));
        return manifest.RootElement.GetProperty("Endpoints").EnumerateArray()
            .Where(e => e.GetProperty("Selectors").GetArrayLength() == 0)
            .Where(e => e.GetProperty("EndpointProperties").EnumerateArray().Any(p => p.GetProperty("Name").GetString() == "fingerprint"))
            .Select(e => e.GetProperty("Route").GetString()!)
            .First(r => r.StartsWith("_framework/", StringComparison.Ordinal) && r.EndsWith(".wasm", StringComparison.Ordinal));
    }
}
