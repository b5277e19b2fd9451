using System.Text.Json;
using FocalPoints.Portal.Auth;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.WebAssembly.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using Moq;

namespace FocalPoints.Portal.Tests.Auth;

/// <summary>The sign-in is chosen once, from appsettings.json: same origin and /.auth without Api:BaseUrl, OpenID Connect with it.</summary>
public sealed class SignInRegistrationTests
{
    private const string Portal = "https://portal.example/";

    // What the browser host gives every portal (the JS runtime is never called while registering).
    private readonly ServiceCollection services = [];

    public SignInRegistrationTests()
    {
        services.AddLogging();
        services.AddSingleton<NavigationManager>(new PortalNavigation());
        services.AddSingleton(new Mock<IJSRuntime>(MockBehavior.Strict).Object);
    }

    private IServiceProvider Services => services.BuildServiceProvider();

    private static readonly Dictionary<string, string?> Deployed = new()
    {
        ["AzureAd:Authority"] = "https://login.microsoftonline.com/tenant-id/v2.0",
        ["AzureAd:ClientId"] = "client-id",
        ["Api:BaseUrl"] = "https://func-abc.azurewebsites.net",
        ["Api:Scope"] = "api://client-id/user_impersonation",
    };

    [Fact]
    public void Without_an_api_base_url_the_portal_keeps_its_own_origin_and_static_web_apps_sign_in()
    {
        // Arrange
        OidcSettings? oidc = OidcSettings.From(Configuration(new Dictionary<string, string?> { ["AzureAd:ClientId"] = "ignored" }));

        // Act
        services.AddPortalSignIn(oidc, Portal);

        // Assert
        Assert.Null(oidc);
        Assert.IsType<StaticWebAppsSignIn>(Services.GetRequiredService<ISignIn>());
        Assert.Equal(new Uri(Portal), Services.GetRequiredService<HttpClient>().BaseAddress);
    }

    [Fact]
    public void With_an_api_base_url_the_portal_signs_in_with_openid_connect_and_calls_the_api_origin()
    {
        // Arrange
        OidcSettings? oidc = OidcSettings.From(Configuration(Deployed));

        // Act
        services.AddPortalSignIn(oidc, Portal);

        // Assert
        Assert.IsType<OidcSignIn>(Services.GetRequiredService<ISignIn>());
        Assert.Equal(new Uri("https://func-abc.azurewebsites.net/"), Services.GetRequiredService<HttpClient>().BaseAddress);
        RemoteAuthenticationOptions<EntraIdProviderOptions> options = Services.GetRequiredService<IOptionsSnapshot<RemoteAuthenticationOptions<EntraIdProviderOptions>>>().Value;
        Assert.Equal("https://login.microsoftonline.com/tenant-id/v2.0", options.ProviderOptions.Authority);
        Assert.Equal("client-id", options.ProviderOptions.ClientId);
        Assert.Equal("code", options.ProviderOptions.ResponseType);
        Assert.Contains("api://client-id/user_impersonation", options.ProviderOptions.DefaultScopes);
        Assert.Equal("https://portal.example/authentication/login-callback", options.ProviderOptions.RedirectUri);
        Assert.Equal("roles", options.UserOptions.RoleClaim);
    }

    [Fact]
    public void The_browser_library_is_told_not_to_ask_graph_for_user_info()
    {
        // Arrange
        services.AddPortalSignIn(OidcSettings.From(Configuration(Deployed)), Portal);
        EntraIdProviderOptions options = Services.GetRequiredService<IOptionsSnapshot<RemoteAuthenticationOptions<EntraIdProviderOptions>>>().Value.ProviderOptions;

        // Act: what the framework hands AuthenticationService.init (an object argument, serialised by its runtime type)
        JsonElement json = JsonSerializer.SerializeToElement<object>(options);

        // Assert
        Assert.False(json.GetProperty("loadUserInfo").GetBoolean());
        Assert.Equal("client-id", json.GetProperty("client_id").GetString());
        Assert.Equal("code", json.GetProperty("response_type").GetString());
    }

    [Fact]
    public void An_api_base_url_without_the_rest_fails_at_start_naming_what_is_missing()
    {
        var partial = new Dictionary<string, string?>(Deployed) { ["AzureAd:ClientId"] = null };

        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => OidcSettings.From(Configuration(partial)));

        Assert.Contains("AzureAd:ClientId", e.Message, StringComparison.Ordinal);
    }

    private sealed class PortalNavigation : NavigationManager
    {
        public PortalNavigation() => Initialize(Portal, Portal);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
