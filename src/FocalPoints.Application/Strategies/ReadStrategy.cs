using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.PeerReviews;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Strategies;

/// <summary>A country's strategy, and the peer-review follow-ups of its earlier cycles (so they are not forgotten), as its reader may see them.</summary>
public sealed record StrategyWithFollowUps(StrategyProgress Progress, PeerReviewFollowUpsView EarlierCycles);

/// <summary>
/// Reads a country's strategy: for coordinators and the country's focal points; a response of an
/// earlier cycle names who answered only to coordinators and to the country's current focal points
/// (see <see cref="PeerReviewReader"/>).
/// </summary>
public sealed class ReadStrategy(StrategyAccess strategies, IPeerReviewStore reviews, IDirectoryStore directory)
{
    public async Task<Outcome<StrategyWithFollowUps>> ExecuteAsync(Caller? caller, string cycleId, string iso3, CancellationToken cancellationToken)
    {
        Outcome<StrategyProgress> progress = await strategies.FindAsync(caller, cycleId, iso3, coordinatorsToo: true, cancellationToken);
        if (progress.Failure is { } failure)
        {
            return failure;
        }

        PeerReviewReader reader = caller!.IsCoordinator
            ? PeerReviewReader.Coordinator
            : PeerReviewReader.For(caller, await directory.GetMemberAsync(iso3, cancellationToken) is { } member ? [member] : Array.Empty<Member>());
        FollowUps all = await reviews.ListCountryFollowUpsAsync(iso3, cancellationToken);
        return new StrategyWithFollowUps(
            progress.Value,
            reader.View(new FollowUps(all.Recommendations.Where(r => r.CycleId != cycleId).ToArray(), all.Responses.Where(r => r.CycleId != cycleId).ToArray())));
    }
}
