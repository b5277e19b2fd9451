using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using FocalPoints.Api.Http;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Testing.Hosts;

namespace FocalPoints.SelfHost.Tests.Hosting;

/// <summary>A host with Ghana registered, so that a signed-in focal point has a country.</summary>
public sealed class SignInHostFixture : HostFixture
{
    protected override Task SeedAsync() => Network.RegisterAsync("GHA");
}

/// <summary>The Static Web Apps sign-in, as the self-host emulates it in Development (and only there).</summary>
public sealed class SignInEmulationTests(SignInHostFixture host) : IClassFixture<SignInHostFixture>, IDisposable
{
    private readonly HttpClient http = Browserless(host.Host.App.BaseAddress);

    public void Dispose() => http.Dispose();

    /// <summary>A client that follows no redirects and keeps no cookies: the test reads and sends them itself.</summary>
    internal static HttpClient Browserless(Uri baseAddress) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    private Task<HttpResponseMessage> SignInAsync(string username, string roles, string redirect = "/") =>
        http.PostAsync("/.auth/login/aad", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = username,
            ["roles"] = roles,
            ["post_login_redirect_uri"] = redirect,
        }));

    private static string? SetCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out IEnumerable<string>? values) ? values.SingleOrDefault(v => v.StartsWith(SignInEmulation.CookieName + "=", StringComparison.Ordinal)) : null;

    /// <summary>The <c>name=value</c> part of a Set-Cookie header, as a browser sends it back.</summary>
    private static string CookiePair(string setCookie) => setCookie.Split(';')[0];

    private async Task<JsonNode> GetJsonAsync(string path, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        using HttpResponseMessage response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact(Timeout = 60_000)]
    public async Task The_login_form_has_labelled_username_and_roles_fields_and_no_inline_script()
    {
        using HttpResponseMessage response = await http.GetAsync("/.auth/login/aad?post_login_redirect_uri=/cycles/2027");
        string page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1>", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"username\">Username</label>", page, StringComparison.Ordinal);
        Assert.Contains("<input id=\"username\" name=\"username\"", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"roles\">Roles</label>", page, StringComparison.Ordinal);
        Assert.Contains("<input id=\"roles\" name=\"roles\"", page, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\">Sign in</button>", page, StringComparison.Ordinal);
        Assert.Contains("name=\"post_login_redirect_uri\" value=\"/cycles/2027\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", page, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact(Timeout = 60_000)]
    public async Task Signing_in_sets_an_httponly_strict_session_cookie_and_redirects_to_the_local_path()
    {
        using HttpResponseMessage response = await SignInAsync("coord@network.example", "Coordinator, PeerReviewer", "/cycles/2027?tab=2");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/cycles/2027?tab=2", response.Headers.Location?.OriginalString);
        string cookie = SetCookie(response)!;
        Assert.NotNull(cookie);
        string[] attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToArray();
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("expires", StringComparison.Ordinal) || a.StartsWith("max-age", StringComparison.Ordinal));
    }

    [Fact(Timeout = 60_000)]
    public async Task The_cookie_signs_the_person_in_to_the_api_and_auth_me()
    {
        using HttpResponseMessage signedIn = await SignInAsync(Principals.FocalPointEmail("GHA"), "FocalPoint");
        string cookie = CookiePair(SetCookie(signedIn)!);

        JsonNode me = await GetJsonAsync("/api/me", cookie);
        Assert.Equal(Principals.FocalPointEmail("GHA"), (string?)me["email"]);
        Assert.Equal(["FocalPoint"], me["roles"]!.AsArray().Select(r => (string)r!));
        Assert.Equal("GHA", (string?)me["countries"]![0]!["country"]);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/.auth/me");
        request.Headers.Add("Cookie", cookie);
        using HttpResponseMessage auth = await http.SendAsync(request);
        Assert.Equal(CacheControlHeaderValue.Parse("no-store"), auth.Headers.CacheControl);
        JsonNode principal = JsonNode.Parse(await auth.Content.ReadAsStringAsync())!["clientPrincipal"]!;
        Assert.Equal("aad", (string?)principal["identityProvider"]);
        Assert.Equal(Principals.FocalPointEmail("GHA"), (string?)principal["userDetails"]);
        Assert.Equal(["anonymous", "authenticated", "FocalPoint"], principal["userRoles"]!.AsArray().Select(r => (string)r!));

        // The user id is stable for a user name and differs between users.
        using HttpResponseMessage again = await SignInAsync(Principals.FocalPointEmail("GHA").ToUpperInvariant(), "FocalPoint");
        using HttpResponseMessage other = await SignInAsync("someone.else@example.org", "FocalPoint");
        Assert.Equal((string?)principal["userId"], (string?)(await GetJsonAsync("/.auth/me", CookiePair(SetCookie(again)!)))["clientPrincipal"]!["userId"]);
        Assert.NotEqual((string?)principal["userId"], (string?)(await GetJsonAsync("/.auth/me", CookiePair(SetCookie(other)!)))["clientPrincipal"]!["userId"]);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_principal_header_wins_over_the_cookie()
    {
        using HttpResponseMessage signedIn = await SignInAsync("someone@example.org", "PeerReviewer");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Add("Cookie", CookiePair(SetCookie(signedIn)!));
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", NetworkScenario.Coordinator);

        using HttpResponseMessage response = await http.SendAsync(request);

        Assert.Equal(Principals.CoordinatorEmail, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["email"]);
    }

    [Fact(Timeout = 60_000)]
    public async Task Without_the_cookie_auth_me_has_no_principal()
    {
        using HttpResponseMessage response = await http.GetAsync("/.auth/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"clientPrincipal\":null}", await response.Content.ReadAsStringAsync());
    }

    [Theory(Timeout = 60_000)]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    public async Task Redirects_go_to_local_paths_only(string target)
    {
        using HttpResponseMessage signIn = await SignInAsync("coord@network.example", "Coordinator", target);
        using HttpResponseMessage signOut = await http.GetAsync($"/.auth/logout?post_logout_redirect_uri={Uri.EscapeDataString(target)}");

        Assert.Equal(HttpStatusCode.SeeOther, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        Assert.Equal("/", signOut.Headers.Location?.OriginalString);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("same-site")]
    [InlineData("cross-site")]
    public async Task The_cookie_from_another_origin_of_the_same_site_signs_nobody_in(string fetchSite)
    {
        using HttpResponseMessage signedIn = await SignInAsync("coord@network.example", "Coordinator");
        string cookie = CookiePair(SetCookie(signedIn)!);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Add("Cookie", cookie);
        request.Headers.Add("Sec-Fetch-Site", fetchSite);
        using HttpResponseMessage response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("same-origin")]
    [InlineData("none")]
    public async Task The_cookie_from_this_origin_or_the_users_own_navigation_signs_in(string fetchSite)
    {
        using HttpResponseMessage signedIn = await SignInAsync("coord@network.example", "Coordinator");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Add("Cookie", CookiePair(SetCookie(signedIn)!));
        request.Headers.Add("Sec-Fetch-Site", fetchSite);

        using HttpResponseMessage response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("same-site")]
    [InlineData("cross-site")]
    public async Task Signing_in_from_another_origin_is_forbidden(string fetchSite)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/.auth/login/aad")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = "coord@network.example", ["roles"] = "Coordinator" }),
        };
        request.Headers.Add("Sec-Fetch-Site", fetchSite);

        using HttpResponseMessage response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(SetCookie(response));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_non_ascii_local_path_is_percent_encoded_not_a_500()
    {
        using HttpResponseMessage signIn = await SignInAsync("coord@network.example", "Coordinator", "/é?q=ü");
        using HttpResponseMessage signOut = await http.GetAsync("/.auth/logout?post_logout_redirect_uri=/%C3%A9");

        Assert.Equal(HttpStatusCode.SeeOther, signIn.StatusCode);
        Assert.Equal("/%C3%A9?q=%C3%BC", signIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/%C3%A9", signOut.Headers.Location?.OriginalString);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("not-an-email", "Coordinator", "username")]
    [InlineData("", "Coordinator", "username")]
    [InlineData("coord@network.example", "Coordinator Admin", "roles")]
    public async Task Bad_input_shows_the_form_again_with_the_error_at_the_field(string username, string roles, string field)
    {
        using HttpResponseMessage response = await SignInAsync(username, roles);
        string page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(SetCookie(response));
        Assert.Matches($"<input id=\"{field}\"[^>]*aria-describedby=\"[^\"]*{field}-error\"[^>]*aria-invalid=\"true\"", page);
        Assert.Contains($"id=\"{field}-error\"", page, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "aria-invalid"));
    }

    [Fact(Timeout = 60_000)]
    public async Task Logging_out_deletes_the_cookie_and_redirects()
    {
        using HttpResponseMessage response = await http.GetAsync("/.auth/logout?post_logout_redirect_uri=/goodbye");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/goodbye", response.Headers.Location?.OriginalString);
        string cookie = SetCookie(response)!;
        Assert.StartsWith(SignInEmulation.CookieName + "=;", cookie, StringComparison.Ordinal);
        Assert.Contains("expires=Thu, 01 Jan 1970", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact(Timeout = 120_000)]
    public async Task Outside_development_there_is_no_sign_in_and_the_cookie_means_nothing()
    {
        using HttpResponseMessage signedIn = await SignInAsync("coord@network.example", "Coordinator");
        string cookie = CookiePair(SetCookie(signedIn)!);
        await using RunningHost production = await RunningHost.StartAsync(SelfHost.Hosting.DurableEngineKind.InMemory, host.ConnectionString, output: null, environment: "Production");
        using HttpClient client = Browserless(production.App.BaseAddress);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/.auth/login/aad")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/.auth/login/aad", new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = "a@b.example" }))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/.auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/.auth/logout")).StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(request)).StatusCode);
    }
}
