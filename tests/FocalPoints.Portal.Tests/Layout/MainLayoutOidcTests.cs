using System.Net;
using System.Text;
using Bunit;
using Bunit.TestDoubles;
using FocalPoints.Portal.Auth;
using FocalPoints.Portal.Layout;
using FocalPoints.Portal.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.WebAssembly.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoints.Portal.Tests.Layout;

/// <summary>
/// The shell when the portal signs in with OpenID Connect (deployed): the token cache says who is
/// signed in (never <c>/.auth/me</c>), and signing in and out go through <c>/authentication/…</c>.
/// </summary>
public sealed class MainLayoutOidcTests : PortalTestContext
{
    private readonly BunitAuthorizationContext authorization;
    private readonly FakeApi api = new();

    public MainLayoutOidcTests()
    {
        authorization = AddAuthorization();
        Services.AddSingleton(new HttpClient(new TokenUnavailableHandler { InnerHandler = api }) { BaseAddress = new Uri("https://api.test/") });
        Services.AddScoped<ISignIn, OidcSignIn>();
        Services.AddScoped<SignedInUser>();
        Services.AddScoped<LanguageChoice>();
    }

    [Fact]
    public void Someone_in_the_token_cache_is_loaded_from_the_api_and_never_from_static_web_apps()
    {
        authorization.SetAuthorized("fp@example.org");

        IRenderedComponent<MainLayout> cut = RenderLayout();

        cut.WaitForAssertion(() => Assert.Equal("fp@example.org", cut.Find(".who").TextContent.Trim()));
        Assert.Equal(["/api/me"], api.Paths);
    }

    [Fact]
    public void Sign_out_goes_to_the_logout_page_with_the_state_the_framework_requires()
    {
        authorization.SetAuthorized("fp@example.org");
        IRenderedComponent<MainLayout> cut = RenderLayout();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("a.signout")));

        cut.Find("a.signout").Click();

        BunitNavigationManager navigation = Services.GetRequiredService<BunitNavigationManager>();
        Assert.Equal("http://localhost/authentication/logout", navigation.Uri);
        Assert.Contains("\"interaction\":\"SignOut\"", navigation.History.First().Options.HistoryEntryState, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Nobody_signed_in_sees_the_prompt_whose_link_signs_in_and_comes_back_to_the_same_page()
    {
        authorization.SetNotAuthorized();
        Services.GetRequiredService<NavigationManager>().NavigateTo("/reviews");
        IRenderedComponent<MainLayout> cut = RenderLayout();
        cut.WaitForAssertion(() => Assert.Equal("Sign in to FocalPoints", cut.Find("h1").TextContent.Trim()));

        cut.Find("a.signin-link").Click();

        BunitNavigationManager navigation = Services.GetRequiredService<BunitNavigationManager>();
        Assert.Equal("http://localhost/authentication/login", navigation.Uri);
        string state = navigation.History.First().Options.HistoryEntryState!;
        Assert.Contains("\"returnUrl\":\"http://localhost/reviews\"", state, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(api.Paths);
    }

    [Fact]
    public void No_access_token_without_the_person_leads_to_the_sign_in_prompt_not_a_crash()
    {
        // The cache still has the person, but the token expired and could not be renewed silently.
        authorization.SetAuthorized("fp@example.org");
        api.TokenUnavailable = true;

        IRenderedComponent<MainLayout> cut = RenderLayout();

        cut.WaitForAssertion(() => Assert.Equal("Sign in to FocalPoints", cut.Find("h1").TextContent.Trim()));
        Assert.Empty(cut.FindAll(".page-body"));
    }

    private IRenderedComponent<MainLayout> RenderLayout() =>
        Render<MainLayout>(p => p.Add(c => c.Body, (RenderFragment)(b => b.AddMarkupContent(0, "<p class=\"page-body\">The page.</p>"))));

    /// <summary>The API origin: <c>api/me</c> for a focal point; or, as AuthorizationMessageHandler does, no token to be had.</summary>
    private sealed class FakeApi : HttpMessageHandler
    {
        public List<string> Paths { get; } = [];

        public bool TokenUnavailable { get; set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (TokenUnavailable)
            {
                throw new AccessTokenNotAvailableException(new FakeNavigationManager(), new AccessTokenResult(AccessTokenResultStatus.RequiresRedirect, new AccessToken(), "authentication/login", null), ["api://client/user_impersonation"]);
            }

            Paths.Add(request.RequestUri!.AbsolutePath);
            return Task.FromResult(request.RequestUri.AbsolutePath == "/api/me"
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"email":"fp@example.org","roles":["FocalPoint"],"countries":[{"country":"MEX","name":"Mexico"}],"peerReviews":[]}""", Encoding.UTF8, "application/json") }
                : new HttpResponseMessage(HttpStatusCode.NotFound));
        }
    }

    private sealed class FakeNavigationManager : NavigationManager
    {
        public FakeNavigationManager() => Initialize("http://localhost/", "http://localhost/");
    }
}
