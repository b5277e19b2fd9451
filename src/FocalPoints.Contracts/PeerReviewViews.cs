using FocalPoints.Domain.Network;
using FocalPoints.Domain.PeerReviews;

namespace FocalPoints.Contracts;

/// <summary>The peer-review sessions a caller may read (<c>GET /api/peer-reviews</c>), newest first.</summary>
public sealed record PeerReviewListView(IReadOnlyList<PeerReviewListItem> Sessions);

public sealed record PeerReviewListItem(string SessionId, string Title, DateOnly Date, string CycleId, IReadOnlyList<string> Countries);

/// <summary>
/// A peer-review session (<c>GET /api/peer-reviews/{sessionId}</c>) with its recommendations and the
/// countries' responses, naming only the people its reader may see (the server decides).
/// </summary>
public sealed record PeerReviewView(PeerReviewSessionView Session, IReadOnlyList<Recommendation> Recommendations, IReadOnlyList<CountryResponseView> Responses);

/// <summary>A session as the reader may see it: <c>Reviewers</c> are the addresses they may see (all for coordinators), <c>ReviewerCount</c> how many there are.</summary>
public sealed record PeerReviewSessionView(
    string SessionId,
    string Title,
    DateOnly Date,
    string CycleId,
    IReadOnlyList<string> Countries,
    RegionalGroup? RegionalGroup,
    IReadOnlyList<string> Reviewers,
    int ReviewerCount,
    DateTime CreatedUtc);

/// <summary>A country's response; <c>Actor</c> (who answered) is <c>null</c> unless the reader may see them.</summary>
public sealed record CountryResponseView(string SessionId, string CycleId, string Country, string Text, string? Actor, DateTime RespondedUtc);

/// <summary>What came of the peer reviews of a country's earlier cycles, as its reader may see it.</summary>
public sealed record PeerReviewFollowUpsView(IReadOnlyList<Recommendation> Recommendations, IReadOnlyList<CountryResponseView> Responses);
