using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Summaries;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Summaries;

namespace FocalPoints.Application.PeerReviews;

/// <summary>What a comparative summary shows: the session, each cohort country's summary in the reader's edition, what came of the session.</summary>
public sealed record ComparativeSummaryData(PeerReviewSession Session, IReadOnlyList<CountrySummary> Countries, FollowUps FollowUps, DateOnly Today, SummaryAudience Audience);

/// <summary>
/// The cohort side by side, for everyone who may read the session, in the edition asked for: the shared
/// edition (only content shared with the network) for anyone, the coordinators' edition (every section)
/// for coordinators only. Summaries are non-attributive: a response is its country's, and the data names
/// only the reviewers its reader may see. The edition is <see cref="SummaryAudience.PeerReviewers"/> (what a
/// coordinator may forward to reviewers) or <see cref="SummaryAudience.Internal"/>, which is
/// <see cref="Forbidden"/> for anyone but coordinators.
/// </summary>
public sealed class ReadComparativeSummary(PeerReviewAccess sessions, IStrategyReads strategies, IPeerReviewStore reviews, CountrySummaries summaries)
{
    public async Task<Outcome<ComparativeSummaryData>> ExecuteAsync(Caller? caller, string sessionId, SummaryAudience edition, CancellationToken cancellationToken)
    {
        Outcome<ReadableSession> readable = await sessions.ReadableAsync(caller, sessionId, cancellationToken);
        if (readable.Failure is { } failure)
        {
            return failure;
        }

        (PeerReviewSession session, SummaryAudience fullest, PeerReviewReader reader) = readable.Value;
        if (edition == SummaryAudience.Internal && fullest != SummaryAudience.Internal)
        {
            return new Forbidden();
        }

        DateOnly today = summaries.Today;
        NetworkView view = (await strategies.GetNetworkViewAsync(session.CycleId, cancellationToken))!;
        var countries = new List<CountrySummary>();
        foreach (StrategyProgress progress in view.Countries.Where(c => session.Countries.Contains(c.Country)).OrderBy(c => c.Country, StringComparer.Ordinal))
        {
            countries.Add(await summaries.BuildAsync(progress, view.Cycle.Definition.Title, today, edition, cancellationToken));
        }

        FollowUps followUps = await reviews.ListSessionFollowUpsAsync(sessionId, cancellationToken);
        return new ComparativeSummaryData(
            session with { Reviewers = reader.VisibleReviewers(session) },
            countries,
            followUps with { Responses = followUps.Responses.Select(r => r with { Actor = r.Country }).ToArray() },
            today,
            edition);
    }
}
