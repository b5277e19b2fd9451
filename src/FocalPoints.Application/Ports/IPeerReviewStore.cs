using FocalPoints.Domain.PeerReviews;

namespace FocalPoints.Application.Ports;

/// <summary>A country's peer-review outcome across sessions: what a next-cycle strategy view shows.</summary>
public sealed record FollowUps(IReadOnlyList<Recommendation> Recommendations, IReadOnlyList<CountryResponse> Responses);

/// <summary>Peer-review sessions, their recommendations and the reviewed countries' responses.</summary>
public interface IPeerReviewStore
{
    /// <summary>Inserts the session; <c>false</c> when a session with its id already exists.</summary>
    Task<bool> TryAddSessionAsync(PeerReviewSession session, CancellationToken cancellationToken);

    Task<PeerReviewSession?> GetSessionAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>The sessions created before <paramref name="createdBefore"/> whose invitations have not been started (<see cref="MarkInvitationsStartedAsync"/>).</summary>
    Task<IReadOnlyList<PeerReviewSession>> ListSessionsAwaitingInvitationsAsync(DateTime createdBefore, CancellationToken cancellationToken);

    /// <summary>Records that the session's invitations workflow has been started.</summary>
    Task MarkInvitationsStartedAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>Every session (the session rows only; a network holds a few sessions a year).</summary>
    Task<IReadOnlyList<PeerReviewSession>> ListSessionsAsync(CancellationToken cancellationToken);

    /// <summary>Stores a recommendation under the next number for its country in the session.</summary>
    Task<Recommendation> AddRecommendationAsync(PeerReviewSession session, string country, string text, RecommendationStatus status, DateOnly followUpBy, CancellationToken cancellationToken);

    Task PutResponseAsync(CountryResponse response, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="recommendation"/>'s declared progress over the last (the recommendation is otherwise unchanged).</summary>
    Task PutProgressAsync(Recommendation recommendation, CancellationToken cancellationToken);

    Task<FollowUps> ListSessionFollowUpsAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>Every recommendation and response a country has had, across sessions and cycles.</summary>
    Task<FollowUps> ListCountryFollowUpsAsync(string country, CancellationToken cancellationToken);
}
