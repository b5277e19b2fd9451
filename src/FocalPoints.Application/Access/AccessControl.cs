using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.PeerReviews;

namespace FocalPoints.Application.Access;

/// <summary>
/// The authorization rules: coordinators everywhere; a focal point only for the countries whose
/// directory entry lists them (their object id once recorded, else their e-mail: see
/// <see cref="Member.HasFocalPoint"/>). No principal is <see cref="Unauthorized"/>; a known principal
/// without the right is <see cref="Forbidden"/>, with no hint whether the resource exists for another country.
/// </summary>
public sealed class AccessControl(IDirectoryStore directory)
{
    /// <summary>The caller, or <see cref="Unauthorized"/> when nobody signed in.</summary>
    public static Outcome<Caller> Identify(Caller? caller) => caller is null ? new Unauthorized() : caller;

    public static Outcome<Caller> RequireCoordinator(Caller? caller) =>
        caller is null ? new Unauthorized() : caller.IsCoordinator ? caller : new Forbidden();

    /// <summary>Coordinators (when <paramref name="coordinatorsToo"/>) and the country's own focal points.</summary>
    public async Task<Outcome<Caller>> RequireCountryAsync(Caller? caller, string iso3, bool coordinatorsToo, CancellationToken cancellationToken)
    {
        if (caller is null)
        {
            return new Unauthorized();
        }

        if (coordinatorsToo && caller.IsCoordinator)
        {
            return caller;
        }

        if (caller.IsFocalPoint && UnMemberStates.IsMember(iso3))
        {
            Member? member = await directory.GetMemberAsync(iso3, cancellationToken);
            if (member is not null && caller.IsFocalPointOf(member))
            {
                return caller;
            }
        }

        return new Forbidden();
    }

    /// <summary>The directory members whose focal points include the caller (none unless the caller has the FocalPoint role): one partition query.</summary>
    public async Task<IReadOnlyList<Member>> CountriesOfAsync(Caller caller, CancellationToken cancellationToken) =>
        caller.IsFocalPoint
            ? (await directory.ListMembersAsync(cancellationToken)).Where(caller.IsFocalPointOf).OrderBy(m => m.Iso3, StringComparer.Ordinal).ToArray()
            : [];

    /// <summary>
    /// Whether the caller takes part in a peer-review session: a reviewer it names (holding the
    /// PeerReviewer or FocalPoint role), or a focal point of one of <paramref name="callersCountries"/> in its cohort.
    /// </summary>
    public static bool TakesPart(Caller caller, PeerReviewSession session, IEnumerable<Member> callersCountries) =>
        (caller.Email is not null && session.IsReviewer(caller.Email) && (caller.RoleNames.Contains(Roles.PeerReviewer) || caller.RoleNames.Contains(Roles.FocalPoint)))
        || callersCountries.Any(m => session.Countries.Contains(m.Iso3));

    /// <summary>The sessions the caller takes part in (see <see cref="TakesPart"/>), or all of them when <paramref name="everyForCoordinators"/> and the caller coordinates; newest first.</summary>
    public static IReadOnlyList<PeerReviewSession> SessionsOf(Caller caller, IEnumerable<PeerReviewSession> sessions, IReadOnlyList<Member> callersCountries, bool everyForCoordinators) => sessions
        .Where(s => (everyForCoordinators && caller.IsCoordinator) || TakesPart(caller, s, callersCountries))
        .OrderByDescending(s => s.Date)
        .ThenBy(s => s.SessionId, StringComparer.Ordinal)
        .ToArray();
}
