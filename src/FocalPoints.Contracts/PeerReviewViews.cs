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
