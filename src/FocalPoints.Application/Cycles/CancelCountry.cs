using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Strategies;
using FocalPoints.Application.Strategies.Progress;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Cycles;

/// <summary>
/// Cancels a country's strategy in a cycle: coordinators only; a completed strategy is a conflict; a
/// strategy in progress has its workflow stopped, then is cancelled (<see cref="Strategy.Cancel"/>:
/// the progress and an audit row in one write); one already cancelled is answered as cancelled again
/// (a repeated request is harmless).
/// </summary>
public sealed class CancelCountry(IStrategyRepository repository, TimeProvider time)
{
    public async Task<Outcome<StrategyStatus>> ExecuteAsync(Caller? caller, string cycleId, string iso3, IStrategyWorkflows workflows, CancellationToken cancellationToken)
    {
        Outcome<Caller> coordinator = AccessControl.RequireCoordinator(caller);
        if (coordinator.Failure is { } denied)
        {
            return denied;
        }

        Outcome<StrategyProgress> progress = await CountryInCycle.FindAsync(repository, cycleId, iso3, cancellationToken);
        if (progress.Failure is { } missing)
        {
            return missing;
        }

        if (progress.Value.Status == StrategyStatus.Completed)
        {
            return new Conflict($"{iso3}'s strategy in cycle {cycleId} is already completed.");
        }

        if (progress.Value.Status == StrategyStatus.InProgress)
        {
            await workflows.CancelAsync(cycleId, iso3, "Cancelled by a coordinator", cancellationToken);
            DateTime now = time.GetUtcNow().UtcDateTime;
            CancelDecided? decided = null;
            await StrategyTransition.ApplyAsync(repository, cycleId, iso3, s => (decided = s.Cancel(coordinator.Value.Actor, now)).Change, cancellationToken);

            // Completed by the last approval since it was read.
            if (decided?.Refusal is { } refusal)
            {
                return new Conflict(refusal);
            }
        }

        return StrategyStatus.Cancelled;
    }
}
