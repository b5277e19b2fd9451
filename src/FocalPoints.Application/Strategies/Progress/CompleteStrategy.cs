using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Strategies.Progress;

/// <summary>
/// The workflow completes the strategy after the fourth approval (<see cref="Strategy.Complete"/>);
/// the approval completed it already, so this changes something only for a strategy approved before
/// approvals did. Idempotent.
/// </summary>
public sealed class CompleteStrategy(IStrategyRepository repository)
{
    public async Task<bool> ExecuteAsync(string cycleId, string country, DateTime completedUtc, CancellationToken cancellationToken) =>
        await StrategyTransition.ApplyAsync(repository, cycleId, country, s => s.Complete(completedUtc), cancellationToken) is not null;
}
