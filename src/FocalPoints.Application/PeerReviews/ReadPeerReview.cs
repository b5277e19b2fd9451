using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.PeerReviews;

namespace FocalPoints.Application.PeerReviews;

/// <summary>A session with its recommendations and the countries' responses, as its reader may see them.</summary>
public sealed record PeerReviewWithFollowUps(PeerReviewSessionView Session, PeerReviewFollowUpsView FollowUps);

/// <summary>
/// Reads a session and what came of it, for everyone who may read it (see <see cref="PeerReviewAccess"/>),
/// naming only the people the reader may see (see <see cref="PeerReviewReader"/>).
/// </summary>
public sealed class ReadPeerReview(PeerReviewAccess sessions, IPeerReviewStore reviews)
{
    public async Task<Outcome<PeerReviewWithFollowUps>> ExecuteAsync(Caller? caller, string sessionId, CancellationToken cancellationToken)
    {
        Outcome<ReadableSession> readable = await sessions.ReadableAsync(caller, sessionId, cancellationToken);
        if (readable.Failure is { } failure)
        {
            return failure;
        }

        PeerReviewReader reader = readable.Value.Reader;
        return new PeerReviewWithFollowUps(reader.View(readable.Value.Session), reader.View(await reviews.ListSessionFollowUpsAsync(sessionId, cancellationToken)));
    }
}
