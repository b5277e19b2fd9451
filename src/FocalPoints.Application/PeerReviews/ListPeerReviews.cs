using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.PeerReviews;

namespace FocalPoints.Application.PeerReviews;

/// <summary>
/// The sessions a caller may read, newest first: every session for coordinators; for anyone else the
/// sessions they take part in (a reviewer, or a focal point of a cohort country); each names only the
/// reviewers its reader may see (see <see cref="PeerReviewReader"/>).
/// </summary>
public sealed class ListPeerReviews(AccessControl access, IPeerReviewStore reviews)
{
    public async Task<Outcome<PeerReviewSessionView[]>> ExecuteAsync(Caller? signedIn, CancellationToken cancellationToken)
    {
        if (AccessControl.Identify(signedIn) is { Failure: { } unknown })
        {
            return unknown;
        }

        Caller caller = signedIn!;
        IReadOnlyList<Member> countries = caller.IsCoordinator ? [] : await access.CountriesOfAsync(caller, cancellationToken);
        PeerReviewReader reader = PeerReviewReader.For(caller, countries);
        return AccessControl.SessionsOf(caller, await reviews.ListSessionsAsync(cancellationToken), countries, everyForCoordinators: true).Select(reader.View).ToArray();
    }
}
