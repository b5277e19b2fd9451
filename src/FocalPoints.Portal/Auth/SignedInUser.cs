using FocalPoints.Portal.Api;

namespace FocalPoints.Portal.Auth;

/// <summary>
/// Who is using the portal: <c>/.auth/me</c> says whether someone is signed in (Static Web Apps
/// conventions), <c>/api/me</c> what they take part in. Loaded once per session.
/// </summary>
public sealed class SignedInUser(PortalApi api)
{
    public const string Coordinator = "Coordinator";
    public const string FocalPoint = "FocalPoint";
    public const string PeerReviewer = "PeerReviewer";

    private Task<MeView?>? loading;

    /// <summary>The signed-in person, or null when nobody is signed in.</summary>
    public Task<MeView?> GetAsync() => loading ??= LoadAsync();

    public static bool IsCoordinator(MeView me) => me.Roles.Contains(Coordinator);

    public static bool IsFocalPoint(MeView me) => me.Roles.Contains(FocalPoint) && me.Countries.Count > 0;

    public static bool IsPeerReviewer(MeView me) => me.PeerReviews.Count > 0;

    /// <summary>Where to sign in and come back to <paramref name="returnPath"/>.</summary>
    public static string LoginUrl(string returnPath) =>
        "/.auth/login/aad?post_login_redirect_uri=" + Uri.EscapeDataString(returnPath);

    public static string LogoutUrl => "/.auth/logout?post_logout_redirect_uri=/";

    private async Task<MeView?> LoadAsync()
    {
        AuthMe auth = await api.GetAuthMeAsync();
        if (auth.ClientPrincipal is null)
        {
            return null;
        }

        ApiResult<MeView> me = await api.GetMeAsync();
        return me.Value;
    }
}
