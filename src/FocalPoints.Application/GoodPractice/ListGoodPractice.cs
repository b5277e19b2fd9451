using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Strategies;
using FocalPoints.Domain.GoodPractice;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Application.GoodPractice;

/// <summary>
/// The network's library, for every signed-in role (focal points, coordinators, peer reviewers):
/// the entries of every cycle that match the filter and that their country still shares
/// (<see cref="GoodPracticeRules.IsShown"/>), featured first, then newest first. Each country's
/// strategy is read once; a step's content only when a version newer than the entry's was approved.
/// </summary>
public sealed class ListGoodPractice(IGoodPracticeStore library, IStrategyRepository strategies, ApprovedStrategies approved)
{
    public async Task<Outcome<IReadOnlyList<GoodPracticeEntry>>> ExecuteAsync(Caller? caller, GoodPracticeQueryValues query, CancellationToken cancellationToken)
    {
        if (AccessControl.Identify(caller) is { Failure: { } unknown })
        {
            return unknown;
        }

        if (!caller!.IsCoordinator && !caller.RoleNames.Contains(Roles.FocalPoint) && !caller.RoleNames.Contains(Roles.PeerReviewer))
        {
            return new Forbidden();
        }

        var errors = new ValidationErrors();
        GoodPracticeFilter? filter = GoodPracticeFilter.Parse(query, errors);
        if (filter is null)
        {
            return new Invalid(errors);
        }

        var progress = new Dictionary<(string Cycle, string Country), StrategyProgress?>();
        var shown = new List<GoodPracticeEntry>();
        foreach (GoodPracticeEntry entry in (await library.ListAsync(cancellationToken)).Where(filter.Matches))
        {
            if (!progress.TryGetValue((entry.CycleId, entry.Country), out StrategyProgress? strategy))
            {
                strategy = (await strategies.LoadAsync(entry.CycleId, entry.Country, null, cancellationToken))?.Progress;
                progress[(entry.CycleId, entry.Country)] = strategy;
            }

            if (strategy is null)
            {
                continue;
            }

            StepProgress step = strategy[entry.Step];
            StepContent? now = GoodPracticeRules.NeedsContent(entry, step) ? (await approved.LoadAsync(strategy, [entry.Step], cancellationToken))[entry.Step] : null;
            if (GoodPracticeRules.IsShown(entry, step, now))
            {
                shown.Add(entry);
            }
        }

        return Outcome.Of<IReadOnlyList<GoodPracticeEntry>>(
            shown.OrderByDescending(e => e.Featured).ThenByDescending(e => e.OfferedUtc).ThenBy(e => e.EntryId, StringComparer.Ordinal).ToArray());
    }
}
