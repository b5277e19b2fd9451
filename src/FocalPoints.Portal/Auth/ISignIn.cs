namespace FocalPoints.Portal.Auth;

/// <summary>
/// Whether someone is signed in, and where signing in and out go. Chosen once at start
/// (<see cref="SignInRegistration"/>): Static Web Apps' <c>/.auth</c> conventions on the portal's own
/// origin (the self-host, the tests), or Entra ID through OpenID Connect when the portal calls the
/// Functions app on its own origin with a bearer token (deployed).
/// </summary>
public interface ISignIn
{
    /// <summary>True when someone is signed in (the API still decides what they may see).</summary>
    Task<bool> IsSignedInAsync();

    /// <summary>The sign-in link's address; <see cref="SignIn"/> is what a click on it does.</summary>
    string SignInHref(string returnPath);

    /// <summary>Starts signing in, coming back to <paramref name="returnPath"/> afterwards.</summary>
    void SignIn(string returnPath);

    /// <summary>The sign-out link's address; <see cref="SignOut"/> is what a click on it does.</summary>
    string SignOutHref { get; }

    /// <summary>Signs out and comes back to the portal's start.</summary>
    void SignOut();
}
