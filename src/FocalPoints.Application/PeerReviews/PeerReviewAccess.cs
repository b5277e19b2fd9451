using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Summaries;

namespace FocalPoints.Application.PeerReviews;

/// <summary>A session its caller may read, the fullest edition of summaries they may read, and whom they may see named (<see cref="PeerReviewReader"/>).</summary>
public sealed record ReadableSession(PeerReviewSession Session, SummaryAudience Audience, PeerReviewReader Reader);

/// <summary>
/// Who may read a peer-review session: coordinators (<see cref="NotFound"/> when it does not exist),
/// and its reviewers and the focal points of the countries it reviews; anyone else is
/// <see cref="Forbidden"/>, whether the session exists or not.
/// </summary>
public sealed class PeerReviewAccess(AccessControl access, IPeerReviewStore reviews)
{
    public async Task<Outcome<ReadableSession>> ReadableAsync(Caller? signedIn, string sessionId, CancellationToken cancellationToken)
    {
        if (AccessControl.Identify(signedIn) is { Failure: { } unknown })
        {
            return unknown;
        }

        Caller caller = signedIn!;
        PeerReviewSession? session = await reviews.GetSessionAsync(sessionId, cancellationToken);
        if (caller.IsCoordinator)
        {
            return session is null
                ? new NotFound($"There is no peer-review session {sessionId}.")
                : new ReadableSession(session, SummaryAudience.Internal, PeerReviewReader.Coordinator);
        }

        IReadOnlyList<Member> countries = session is null ? [] : await access.CountriesOfAsync(caller, cancellationToken);
        return session is not null && AccessControl.TakesPart(caller, session, countries)
            ? new ReadableSession(session, SummaryAudience.PeerReviewers, PeerReviewReader.For(caller, countries))
            : new Forbidden();
    }
}
