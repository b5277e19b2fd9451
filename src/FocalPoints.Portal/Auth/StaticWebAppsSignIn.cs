using FocalPoints.Portal.Api;
using Microsoft.AspNetCore.Components;

namespace FocalPoints.Portal.Auth;

/// <summary>
/// Static Web Apps conventions on the portal's own origin: <c>/.auth/me</c> says who is signed in,
/// <c>/.auth/login/aad</c> and <c>/.auth/logout</c> sign in and out (the self-host emulates them).
/// </summary>
public sealed class StaticWebAppsSignIn(PortalApi api, NavigationManager navigation) : ISignIn
{
    public const string LogoutUrl = "/.auth/logout?post_logout_redirect_uri=/";

    /// <summary>Where to sign in and come back to <paramref name="returnPath"/>.</summary>
    public static string LoginUrl(string returnPath) =>
        "/.auth/login/aad?post_login_redirect_uri=" + Uri.EscapeDataString(returnPath);

    public string SignOutHref => LogoutUrl;

    public async Task<bool> IsSignedInAsync() => (await api.GetAuthMeAsync()).ClientPrincipal is not null;

    public string SignInHref(string returnPath) => LoginUrl(returnPath);

    public void SignIn(string returnPath) => navigation.NavigateTo(LoginUrl(returnPath), forceLoad: true);

    public void SignOut() => navigation.NavigateTo(LogoutUrl, forceLoad: true);
}
