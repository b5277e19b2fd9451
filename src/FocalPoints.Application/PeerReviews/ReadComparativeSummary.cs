using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Summaries;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Summaries;

namespace FocalPoints.Application.PeerReviews;

/// <summary>What a comparative summary shows: the session, each cohort country's summary in the reader's edition, what came of the session.</summary>
public sealed record ComparativeSummaryData(PeerReviewSession Session, IReadOnlyList<CountrySummary> Countries, FollowUps Outcomes, DateOnly Today, SummaryAudience Audience);

/// <summary>The cohort side by side, for everyone who may read the session (reviewers and the cohort see only shared content).</summary>
public sealed class ReadComparativeSummary(PeerReviewAccess sessions, ICycleStore cycles, IPeerReviewStore reviews, CountrySummaries summaries)
{
    public async Task<Outcome<ComparativeSummaryData>> ExecuteAsync(Caller? caller, string sessionId, CancellationToken cancellationToken)
    {
        Outcome<ReadableSession> readable = await sessions.ReadableAsync(caller, sessionId, cancellationToken);
        if (readable.Failure is { } failure)
        {
            return failure;
        }

        (PeerReviewSession session, SummaryAudience audience) = readable.Value;
        DateOnly today = summaries.Today;
        NetworkView view = (await cycles.GetNetworkViewAsync(session.CycleId, cancellationToken))!;
        var countries = new List<CountrySummary>();
        foreach (StrategyProgress progress in view.Countries.Where(c => session.Countries.Contains(c.Country)).OrderBy(c => c.Country, StringComparer.Ordinal))
        {
            countries.Add(await summaries.BuildAsync(progress, view.Cycle.Definition.Title, today, audience, cancellationToken));
        }

        return new ComparativeSummaryData(session, countries, await reviews.ListSessionOutcomesAsync(sessionId, cancellationToken), today, audience);
    }
}
