using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Strategies.Progress;

/// <summary>
/// The workflow gives a returned step the due date it keeps time by (<see cref="Strategy.Reschedule"/>,
/// by <see cref="StrategyProgress.ReturnedDue"/> from when it heard of the return). Idempotent.
/// </summary>
public sealed class RescheduleStep(IStrategyRepository repository)
{
    public async Task<bool> ExecuteAsync(string cycleId, string country, StrategyStep step, DateTime dueUtc, CancellationToken cancellationToken) =>
        await StrategyTransition.ApplyAsync(repository, cycleId, country, s => s.Reschedule(step, dueUtc), cancellationToken) is not null;
}
