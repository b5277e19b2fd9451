using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Strategies;

/// <summary>A country's strategy, and the peer-review follow-ups of its earlier cycles (so they are not forgotten).</summary>
public sealed record StrategyWithFollowUps(StrategyProgress Progress, FollowUps EarlierCycles);

/// <summary>Reads a country's strategy: for coordinators and the country's focal points.</summary>
public sealed class ReadStrategy(StrategyAccess strategies, IPeerReviewStore reviews)
{
    public async Task<Outcome<StrategyWithFollowUps>> ExecuteAsync(Caller? caller, string cycleId, string iso3, CancellationToken cancellationToken)
    {
        Outcome<StrategyProgress> progress = await strategies.FindAsync(caller, cycleId, iso3, coordinatorsToo: true, cancellationToken);
        if (progress.Failure is { } failure)
        {
            return failure;
        }

        FollowUps all = await reviews.ListCountryFollowUpsAsync(iso3, cancellationToken);
        return new StrategyWithFollowUps(
            progress.Value,
            new FollowUps(all.Recommendations.Where(r => r.CycleId != cycleId).ToArray(), all.Responses.Where(r => r.CycleId != cycleId).ToArray()));
    }
}
