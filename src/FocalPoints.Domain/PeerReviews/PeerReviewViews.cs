using FocalPoints.Domain.Network;

namespace FocalPoints.Domain.PeerReviews;

// A peer-review record as one reader may see it: the application's PeerReviewReader decides whom it
// names, and the API sends it as it is (one shape, not an application copy and a contract copy).

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
public sealed record CountryResponseView(string SessionId, string CycleId, string Country, string Text, string? Actor, DateTime RespondedUtc)
{
    /// <summary><paramref name="response"/>, naming who answered only when <paramref name="namesActor"/>.</summary>
    public static CountryResponseView Of(CountryResponse response, bool namesActor) =>
        new(response.SessionId, response.CycleId, response.Country, response.Text, namesActor ? response.Actor : null, response.RespondedUtc);
}

/// <summary>What came of the peer reviews of a country's earlier cycles, as its reader may see it.</summary>
public sealed record PeerReviewFollowUpsView(IReadOnlyList<Recommendation> Recommendations, IReadOnlyList<CountryResponseView> Responses);
