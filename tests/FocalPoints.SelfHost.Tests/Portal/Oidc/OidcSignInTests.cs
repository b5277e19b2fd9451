using System.Net;
using System.Text.RegularExpressions;
using FocalPoints.Api.Http;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FocalPoints.SelfHost.Tests.Portal.Oidc;

/// <summary>
/// The portal's own OpenID Connect sign-in end to end in Chromium, as deployed in Azure but on loopback:
/// a fake OpenID provider, the API on another origin behind an App Service authentication stand-in.
/// </summary>
[Collection(PortalTests.Name)]
public sealed class OidcSignInTests(OidcPortalFixture portal) : IClassFixture<OidcPortalFixture>
{
    [Fact(Timeout = 240_000)]
    public async Task A_focal_point_signs_in_with_the_provider_works_with_a_bearer_token_and_signs_out()
    {
        // Arrange
        portal.Provider.NextUser = new FakeUser(PortalFixture.FocalPointEmail("SEN"), "Senegal focal point", ["FocalPoint"]);
        int signOuts = portal.Provider.SignOuts;
        int earlier = portal.Authentication.Calls.Count;
        IPage page = await portal.NewPageAsync(timeZone: "Africa/Dakar");
        await portal.GotoAsync(page, "/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in to FocalPoints");

        // Act: sign in through the provider and come back.
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();

        // Assert: signed in, their country's work from the API, every API call with a valid bearer token.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("My work", new() { Timeout = 60_000 });
        Assert.StartsWith(portal.BaseAddress.GetLeftPart(UriPartial.Authority), page.Url, StringComparison.Ordinal);
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Senegal");
        await Expect(page.GetByText(PortalFixture.FocalPointEmail("SEN"))).ToBeVisibleAsync();
        await PortalFixture.AxeCheckAsync(page);
        await PortalFixture.ScreenshotAsync(page, "oidc-my-work");
        ForwardedCall[] calls = [.. portal.Authentication.Calls.Skip(earlier)];
        Assert.Contains(calls, c => c.Path == "/api/me" && c.Bearer);
        Assert.All(calls, c => Assert.True(c.Bearer, c.Path));

        // Act: sign out.
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign out" }).ClickAsync();

        // Assert: the provider ended the session, and the portal shows the sign-in prompt again.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("Signed out|Sign in to FocalPoints"), new() { Timeout = 60_000 });
        Assert.Equal(signOuts + 1, portal.Provider.SignOuts);
        await portal.GotoAsync(page, "/");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = 240_000)]
    public async Task A_summary_is_fetched_with_the_token_and_shown_in_the_page()
    {
        // Arrange
        portal.Provider.NextUser = new FakeUser(PortalFixture.FocalPointEmail("SEN"), "Senegal focal point", ["FocalPoint"]);
        IPage page = await portal.NewPageAsync(timeZone: "Africa/Dakar");
        string country = $"/cycles/{PortalFixture.Cycle}/countries/SEN";
        await portal.GotoAsync(page, country);

        // Act: the page asks for a sign-in; it goes through the provider and back to the page.
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();

        // Assert
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Senegal", new() { Timeout = 60_000 });
        ILocator frame = page.Locator("iframe[title='Summary of Senegal']");
        await Expect(page.FrameLocator("iframe[title='Summary of Senegal']").GetByRole(AriaRole.Row).Filter(new() { HasTextRegex = new Regex("^RF9 ") })).ToContainTextAsync("severe", new() { IgnoreCase = true });
        await frame.ScrollIntoViewIfNeededAsync();
        await PortalFixture.ScreenshotAsync(page, "oidc-country-summary");
        Assert.Contains(portal.Authentication.Calls, c => c.Path == $"/api/cycles/{PortalFixture.Cycle}/countries/SEN/summary" && c.Bearer);
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = 60_000)]
    public async Task The_api_answers_401_without_a_token_and_to_a_forged_one()
    {
        using var http = new HttpClient { BaseAddress = portal.Authentication.Origin };
        using var forged = new HttpRequestMessage(HttpMethod.Get, "api/me");
        forged.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");
        forged.Headers.Add(ClientPrincipal.HeaderName, ClientPrincipal.Encode(PortalFixture.CoordinatorEmail, "Coordinator"));

        using HttpResponseMessage none = await http.GetAsync(new Uri("api/me", UriKind.Relative));
        using HttpResponseMessage refused = await http.SendAsync(forged);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
