using System.Net;
using System.Text;
using Bunit;
using FocalPoints.Contracts;
using FocalPoints.Portal.Api;
using FocalPoints.Portal.Auth;
using FocalPoints.Portal.Layout;
using FocalPoints.Portal.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoints.Portal.Tests.Layout;

public sealed class MainLayoutTests : PortalTestContext
{
    public MainLayoutTests()
    {
        // This test's own server: signed in as a coordinator; every other call answers 401.
        Services.AddSingleton(new HttpClient(new FakeServer()) { BaseAddress = new Uri("http://portal.test/") });
        Services.AddScoped<SignedInUser>();
        Services.AddScoped<LanguageChoice>();
    }

    [Fact]
    public async Task A_call_answered_401_shows_the_sign_in_prompt_that_comes_back_to_the_same_page()
    {
        // Arrange
        NavigationManager navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/reviews");
        IRenderedComponent<MainLayout> cut = Render<MainLayout>(p => p.Add(c => c.Body, (RenderFragment)(b => b.AddMarkupContent(0, "<p class=\"page-body\">The page.</p>"))));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".page-body")));

        // Act: the session expired, and the page's next call answers 401
        ApiResult<CycleListView> result = await Services.GetRequiredService<PortalApi>().ListCyclesAsync();

        // Assert
        Assert.Equal(401, result.Problem?.Status);
        cut.WaitForAssertion(() => Assert.Equal("Sign in to FocalPoints", cut.Find("h1").TextContent.Trim()));
        Assert.Empty(cut.FindAll(".page-body"));
        Assert.Equal(StaticWebAppsSignIn.LoginUrl("/reviews"), cut.Find("a.signin-link").GetAttribute("href"));
    }

    private sealed class FakeServer : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(request.RequestUri!.AbsolutePath switch
            {
                "/.auth/me" => Json(HttpStatusCode.OK, """{"clientPrincipal":{"identityProvider":"aad","userId":"u1","userDetails":"c@example.org","userRoles":["authenticated"]}}"""),
                "/api/me" => Json(HttpStatusCode.OK, """{"email":"c@example.org","roles":["Coordinator"],"countries":[],"peerReviews":[]}"""),
                _ => Json(HttpStatusCode.Unauthorized, """{"status":401,"title":"Unauthorized"}"""),
            });

        private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
            new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    }
}
