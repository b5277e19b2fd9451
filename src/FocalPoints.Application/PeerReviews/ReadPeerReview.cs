using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.PeerReviews;

namespace FocalPoints.Application.PeerReviews;

/// <summary>A session with its recommendations and the countries' responses.</summary>
public sealed record PeerReviewWithOutcomes(PeerReviewSession Session, FollowUps Outcomes);

/// <summary>Reads a session and what came of it, for everyone who may read it (see <see cref="PeerReviewAccess"/>).</summary>
public sealed class ReadPeerReview(PeerReviewAccess sessions, IPeerReviewStore reviews)
{
    public async Task<Outcome<PeerReviewWithOutcomes>> ExecuteAsync(Caller? caller, string sessionId, CancellationToken cancellationToken)
    {
        Outcome<ReadableSession> readable = await sessions.ReadableAsync(caller, sessionId, cancellationToken);
        return readable.Failure is { } failure
            ? failure
            : new PeerReviewWithOutcomes(readable.Value.Session, await reviews.ListSessionOutcomesAsync(sessionId, cancellationToken));
    }
}
