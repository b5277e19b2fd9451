using FocalPoints.Application.Access;
using FocalPoints.Application.Comparisons;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Strategies;
using FocalPoints.Application.Summaries;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Summaries;

namespace FocalPoints.Application.PeerReviews;

/// <summary>
/// One cohort country's summary in the peer-review edition (only steps shared with the network or
/// the public, its comparison with the previous cycle built from steps shared in both), for everyone who may read the session, coordinators included; <see cref="NotFound"/>
/// when the country is not in the cohort.
/// </summary>
public sealed class ReadCohortCountrySummary(PeerReviewAccess sessions, ICycleStore cycles, IStrategyRepository strategies, CountrySummaries summaries, CycleComparisons comparisons)
{
    public async Task<Outcome<CountrySummary>> ExecuteAsync(Caller? caller, string sessionId, string iso3, CancellationToken cancellationToken)
    {
        Outcome<ReadableSession> readable = await sessions.ReadableAsync(caller, sessionId, cancellationToken);
        if (readable.Failure is { } failure)
        {
            return failure;
        }

        PeerReviewSession session = readable.Value.Session;
        if (!session.Countries.Contains(iso3))
        {
            return new NotFound($"{iso3} is not reviewed in session {sessionId}.");
        }

        Outcome<StrategyProgress> progress = await CountryInCycle.FindAsync(strategies, session.CycleId, iso3, cancellationToken);
        if (progress.Failure is { } missing)
        {
            return missing;
        }

        CycleRecord cycle = (await cycles.GetCycleAsync(session.CycleId, cancellationToken))!;
        CountrySummary summary = await summaries.BuildAsync(progress.Value, cycle.Definition.Title, summaries.Today, SummaryAudience.PeerReviewers, cancellationToken);
        return summary with { Comparison = await comparisons.BuildAsync(progress.Value, cycle, SummaryAudience.PeerReviewers, cancellationToken) };
    }
}
