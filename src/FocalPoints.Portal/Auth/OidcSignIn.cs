using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.WebAssembly.Authentication;

namespace FocalPoints.Portal.Auth;

/// <summary>
/// Entra ID (any OpenID Connect provider) through the framework's remote authentication: the token
/// cache says who is signed in, and <c>/authentication/{action}</c> (the <c>Authentication</c> page)
/// signs in and out. Signing in and out start with navigation state, as the framework requires.
/// </summary>
public sealed class OidcSignIn(AuthenticationStateProvider authentication, NavigationManager navigation) : ISignIn
{
    public const string LogInPath = "authentication/login";
    public const string LogOutPath = "authentication/logout";

    public string SignOutHref => LogOutPath;

    public async Task<bool> IsSignedInAsync()
    {
        AuthenticationState state = await authentication.GetAuthenticationStateAsync();
        return state.User.Identity?.IsAuthenticated == true;
    }

    public string SignInHref(string returnPath) => LogInPath;

    public void SignIn(string returnPath) => navigation.NavigateToLogin(LogInPath, new InteractiveRequestOptions
    {
        Interaction = InteractionType.SignIn,
        ReturnUrl = navigation.ToAbsoluteUri(returnPath).AbsoluteUri,
    });

    public void SignOut() => navigation.NavigateToLogout(LogOutPath, "/");
}
