using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Strategies;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Cycles;

/// <summary>
/// Cancels a country's strategy in a cycle: coordinators only; a completed strategy is a conflict; a
/// strategy in progress has its workflow stopped, its progress marked cancelled and an audit row;
/// one already cancelled is answered as cancelled again (a repeated request is harmless).
/// </summary>
public sealed class CancelCountry(ICycleStore cycles, TimeProvider time)
{
    public async Task<Outcome<StrategyStatus>> ExecuteAsync(Caller? caller, string cycleId, string iso3, IStrategyWorkflows workflows, CancellationToken cancellationToken)
    {
        Outcome<Caller> coordinator = AccessControl.RequireCoordinator(caller);
        if (coordinator.Failure is { } denied)
        {
            return denied;
        }

        Outcome<StrategyProgress> progress = await CountryInCycle.FindAsync(cycles, cycleId, iso3, cancellationToken);
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
            await cycles.UpdateProgressAsync(cycleId, iso3, p => p.Status == StrategyStatus.InProgress ? p.Cancelled(now) : null, cancellationToken);
            await cycles.AddAuditAsync(new AuditEvent(cycleId, iso3, now, "cancelled", null, coordinator.Value.Actor, null, "cancelled"), cancellationToken);
        }

        return StrategyStatus.Cancelled;
    }
}
