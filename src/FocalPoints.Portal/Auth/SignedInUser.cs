using FocalPoints.Contracts;
using FocalPoints.Portal.Api;

namespace FocalPoints.Portal.Auth;

/// <summary>
/// Who is using the portal: <see cref="ISignIn"/> says whether someone is signed in, <c>/api/me</c>
/// what they take part in. Loaded once per session.
/// </summary>
public sealed class SignedInUser(ISignIn signIn, PortalApi api)
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

    private async Task<MeView?> LoadAsync()
    {
        if (!await signIn.IsSignedInAsync())
        {
            return null;
        }

        ApiResult<MeView> me = await api.GetMeAsync();
        return me.Value;
    }
}
