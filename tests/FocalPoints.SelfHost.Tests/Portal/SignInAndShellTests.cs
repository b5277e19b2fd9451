using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FocalPoints.SelfHost.Tests.Portal;

/// <summary>The portal's shell in a real browser: signing in, landing pages by role, languages, headers and browser storage.</summary>
[Collection(PortalTests.Name)]
public sealed partial class SignInAndShellTests(PortalFixture portal)
{
    [Fact(Timeout = 120_000)]
    public async Task Opening_the_portal_unsigned_shows_the_sign_in_prompt()
    {
        IPage page = await portal.NewPageAsync();

        await portal.GotoAsync(page, "/");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in to FocalPoints");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(page).ToHaveTitleAsync(new Regex("Sign in to FocalPoints"));
        await PortalFixture.AxeCheckAsync(page);
        await PortalFixture.ScreenshotAsync(page, "sign-in-prompt");
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = 120_000)]
    public async Task The_sign_in_prompt_leads_to_an_accessible_sign_in_form()
    {
        IPage page = await portal.NewPageAsync();
        await portal.GotoAsync(page, "/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByLabel("Username")).ToBeEditableAsync();
        await Expect(page.GetByLabel("Roles")).ToBeEditableAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeEnabledAsync();
        await PortalFixture.AxeCheckAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = 120_000)]
    public async Task A_coordinator_lands_on_the_network_dashboard()
    {
        IPage page = await portal.NewPageAsync(timeZone: "Europe/Copenhagen");

        await portal.SignInAsCoordinatorAsync(page);

        await Expect(page).ToHaveURLAsync(new Regex("/network(\\?.*)?$"));
        await Expect(page.GetByText(PortalFixture.CoordinatorEmail)).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = 120_000)]
    public async Task A_focal_point_lands_on_my_work_with_their_country()
    {
        IPage page = await portal.NewPageAsync(timeZone: "America/Mexico_City");

        await portal.SignInAsFocalPointAsync(page, "MEX");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("My work");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Mexico");
        await PortalFixture.AxeCheckAsync(page);
        await PortalFixture.ScreenshotAsync(page, "my-work");
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = 120_000)]
    public async Task The_language_switcher_changes_the_portal_to_French_and_it_is_remembered_after_reload()
    {
        IPage page = await portal.NewPageAsync(locale: "en-GB");
        await portal.SignInAsFocalPointAsync(page, "MEX");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("My work");

        await page.GetByLabel("Language", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Français" });

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Mon travail" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Se déconnecter" })).ToBeVisibleAsync();
        await page.ReloadAsync();
        await PortalFixture.WaitForPortalAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mon travail");
        await Expect(page.GetByLabel("Langue")).ToHaveValueAsync("fr");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await page.Context.CloseAsync();
    }

    [Theory(Timeout = 120_000)]
    [InlineData("fr-FR", "Europe/Paris", "Connectez-vous à FocalPoints", "Se connecter")]
    [InlineData("es-ES", "Europe/Madrid", "Inicie sesión en FocalPoints", "Iniciar sesión")]
    public async Task A_browser_in_French_or_Spanish_gets_the_portal_in_its_language_at_once(string locale, string timeZone, string heading, string signIn)
    {
        IPage page = await portal.NewPageAsync(locale, timeZone);

        await portal.GotoAsync(page, "/");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = signIn })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = 60_000)]
    public async Task The_portal_is_served_with_the_security_headers()
    {
        using var http = new HttpClient { BaseAddress = portal.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using HttpResponseMessage response = await http.SendAsync(request);

        string csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Dictionary<string, string> directives = csp.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : string.Empty, StringComparer.Ordinal);
        Assert.True(directives.ContainsKey("script-src"), csp);
        Assert.DoesNotContain("'unsafe-inline'", directives["script-src"], StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", directives["script-src"].Replace("'wasm-unsafe-eval'", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("'none'", directives["frame-ancestors"]);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact(Timeout = 120_000)]
    public async Task Nothing_but_the_language_choice_stays_in_browser_storage_after_a_session()
    {
        IPage page = await portal.NewPageAsync();
        await portal.SignInAsFocalPointAsync(page, "MEX");
        await page.GetByLabel("Language", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Español" });
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Mi trabajo" })).ToBeVisibleAsync(new() { Timeout = 60_000 });

        string[] localKeys = await page.EvaluateAsync<string[]>("() => Object.keys(localStorage)");
        string cookies = await page.EvaluateAsync<string>("() => document.cookie");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cerrar sesión" }).ClickAsync();
        await PortalFixture.WaitForPortalAsync(page);
        string[] localKeysAfter = await page.EvaluateAsync<string[]>("() => Object.keys(localStorage)");
        string[] sessionKeysAfter = await page.EvaluateAsync<string[]>("() => Object.keys(sessionStorage)");

        Assert.Equal(["focalpoints.language"], localKeys);
        Assert.DoesNotContain("StaticWebAppsAuthCookie", cookies, StringComparison.Ordinal); // HttpOnly: scripts never read the sign-in
        Assert.Equal(["focalpoints.language"], localKeysAfter);
        Assert.Empty(sessionKeysAfter);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Inicie sesión en FocalPoints");
        await page.Context.CloseAsync();
    }
}
