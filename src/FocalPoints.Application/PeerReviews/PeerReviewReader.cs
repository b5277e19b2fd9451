using FocalPoints.Application.Access;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.PeerReviews;

namespace FocalPoints.Application.PeerReviews;

/// <summary>
/// Who reads peer-review records, and so whom they may name. A focal point sees its own country's
/// directory and nobody else's; a reviewer reviews countries, not people. So coordinators see every
/// address; a country's focal points see who answered for their country while that person is still
/// one of its focal points; a reviewer sees their own address among the reviewers; everyone else sees
/// the country that answered and how many reviewers there are.
/// </summary>
public sealed record PeerReviewReader(bool SeesEveryone, string? Email, IReadOnlyDictionary<string, IReadOnlySet<string>> OwnCountries)
{
    public static PeerReviewReader Coordinator { get; } = new(true, null, new Dictionary<string, IReadOnlySet<string>>());

    /// <summary>The reader <paramref name="caller"/> is, given the directory members whose focal points include the caller.</summary>
    public static PeerReviewReader For(Caller caller, IEnumerable<Member> callersCountries) => caller.IsCoordinator
        ? Coordinator
        : new(false, caller.Email, callersCountries.ToDictionary(
            m => m.Iso3,
            m => (IReadOnlySet<string>)m.FocalPoints.Select(f => f.Email).ToHashSet(StringComparer.OrdinalIgnoreCase),
            StringComparer.Ordinal));

    public PeerReviewSessionView View(PeerReviewSession s) =>
        new(s.SessionId, s.Title, s.Date, s.CycleId, s.Countries, s.RegionalGroup, VisibleReviewers(s), s.Reviewers.Count, s.CreatedUtc);

    /// <summary>The response, naming who answered only when the reader may see that person.</summary>
    public CountryResponseView View(CountryResponse r) => CountryResponseView.Of(r, SeesResponder(r));

    /// <summary>What came of a session (or of a country's earlier sessions), as the reader may see it.</summary>
    public PeerReviewFollowUpsView View(FollowUps f) => new(f.Recommendations, f.Responses.Select(View).ToArray());

    /// <summary>The session's reviewers whose addresses the reader may see: all for coordinators, the reader themselves for a reviewer, none for anyone else.</summary>
    public IReadOnlyList<string> VisibleReviewers(PeerReviewSession s) =>
        SeesEveryone ? s.Reviewers : s.Reviewers.Where(r => string.Equals(r, Email, StringComparison.OrdinalIgnoreCase)).ToArray();

    private bool SeesResponder(CountryResponse r) =>
        SeesEveryone || (OwnCountries.TryGetValue(r.Country, out IReadOnlySet<string>? focalPoints) && focalPoints.Contains(r.Actor));
}
