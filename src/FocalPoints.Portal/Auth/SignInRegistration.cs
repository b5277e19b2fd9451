using FocalPoints.Portal.Api;
using Microsoft.AspNetCore.Components.WebAssembly.Authentication;
using Microsoft.JSInterop;

namespace FocalPoints.Portal.Auth;

/// <summary>The one place the portal's sign-in is chosen: same origin with <c>/.auth</c>, or OpenID Connect with a bearer token for the API's origin.</summary>
public static class SignInRegistration
{
    /// <summary>The framework's browser half of OpenID Connect (a static asset of its package), loaded only when it is used.</summary>
    public const string AuthenticationScript = "_content/Microsoft.AspNetCore.Components.WebAssembly.Authentication/AuthenticationService.js";

    /// <summary>
    /// Registers <see cref="ISignIn"/>, the API's <see cref="HttpClient"/>, <see cref="PortalApi"/> and
    /// <see cref="SignedInUser"/>. Without <paramref name="oidc"/>: the portal's own origin
    /// (<paramref name="portalBaseAddress"/>) and Static Web Apps' <c>/.auth</c>. With it: the API at
    /// <see cref="OidcSettings.ApiBaseUrl"/>, every call carrying a bearer token for <see cref="OidcSettings.Scope"/>.
    /// </summary>
    public static IServiceCollection AddPortalSignIn(this IServiceCollection services, OidcSettings? oidc, string portalBaseAddress)
    {
        services.AddScoped<PortalApi>();
        services.AddScoped<SignedInUser>();
        if (oidc is null)
        {
            services.AddScoped(_ => new HttpClient { BaseAddress = new Uri(portalBaseAddress) });
            services.AddScoped<ISignIn, StaticWebAppsSignIn>();
            return services;
        }

        var portal = new Uri(portalBaseAddress);
        services.AddRemoteAuthentication<RemoteAuthenticationState, RemoteUserAccount, EntraIdProviderOptions>(options =>
        {
            options.ProviderOptions.Authority = oidc.Authority;
            options.ProviderOptions.ClientId = oidc.ClientId;
            // Authorization code with PKCE; offline_access lets the library renew tokens with a refresh token, not a hidden frame.
            options.ProviderOptions.ResponseType = "code";
            options.ProviderOptions.DefaultScopes.Add("offline_access");
            options.ProviderOptions.DefaultScopes.Add(oidc.Scope);
            options.ProviderOptions.RedirectUri = new Uri(portal, options.AuthenticationPaths.LogInCallbackPath).AbsoluteUri;
            options.ProviderOptions.PostLogoutRedirectUri = new Uri(portal, options.AuthenticationPaths.LogOutCallbackPath).AbsoluteUri;
            options.UserOptions.AuthenticationType = oidc.ClientId;
            options.UserOptions.NameClaim = "preferred_username";
            options.UserOptions.RoleClaim = "roles";
        });
        services.AddScoped(provider =>
        {
            AuthorizationMessageHandler bearer = provider.GetRequiredService<AuthorizationMessageHandler>()
                .ConfigureHandler(authorizedUrls: [oidc.ApiBaseUrl.AbsoluteUri], scopes: [oidc.Scope]);
            bearer.InnerHandler = new HttpClientHandler();
            return new HttpClient(new TokenUnavailableHandler { InnerHandler = bearer }) { BaseAddress = oidc.ApiBaseUrl };
        });
        services.AddScoped<ISignIn, OidcSignIn>();
        return services;
    }

    /// <summary>Loads <see cref="AuthenticationScript"/> before the portal starts, when it signs in with OpenID Connect.</summary>
    public static async Task LoadAuthenticationScriptAsync(this IJSRuntime js, OidcSettings? oidc)
    {
        if (oidc is not null)
        {
            await js.InvokeVoidAsync("focalPoints.loadScript", AuthenticationScript);
        }
    }
}
