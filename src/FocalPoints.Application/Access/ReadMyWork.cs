using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.PeerReviews;

namespace FocalPoints.Application.Access;

/// <summary>The caller's own work: the countries they are a focal point of and the peer reviews they take part in.</summary>
public sealed record MyWork(Caller Caller, IReadOnlyList<Member> Countries, IReadOnlyList<PeerReviewSession> PeerReviews);

/// <summary>
/// Who is calling and what is theirs to do. Only the sessions the caller takes part in, coordinators
/// too: this is their own work, not the network's.
/// </summary>
public sealed class ReadMyWork(AccessControl access, IPeerReviewStore reviews)
{
    public async Task<Outcome<MyWork>> ExecuteAsync(Caller? signedIn, CancellationToken cancellationToken)
    {
        if (AccessControl.Identify(signedIn) is { Failure: { } unknown })
        {
            return unknown;
        }

        Caller caller = signedIn!;
        IReadOnlyList<Member> countries = await access.CountriesOfAsync(caller, cancellationToken);
        bool mayTakePart = countries.Count > 0 || caller.RoleNames.Contains(Roles.PeerReviewer) || caller.RoleNames.Contains(Roles.FocalPoint);
        IReadOnlyList<PeerReviewSession> sessions = mayTakePart
            ? AccessControl.SessionsOf(caller, await reviews.ListSessionsAsync(cancellationToken), countries, everyForCoordinators: false)
            : [];
        return new MyWork(caller, countries, sessions);
    }
}
