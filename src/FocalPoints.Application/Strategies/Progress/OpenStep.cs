using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Strategies.Progress;

/// <summary>
/// The workflow opens a step with its due date (<see cref="Strategy.Open"/>): the first step when the
/// strategy starts; a later one is open already, since its predecessor's approval opened it.
/// Idempotent: <c>true</c> only when this call opened it.
/// </summary>
public sealed class OpenStep(IStrategyRepository repository)
{
    public async Task<bool> ExecuteAsync(string cycleId, string country, StrategyStep step, DateTime openedUtc, DateTime dueUtc, CancellationToken cancellationToken) =>
        await StrategyTransition.ApplyAsync(repository, cycleId, country, s => s.Open(step, openedUtc, dueUtc), cancellationToken) is not null;
}
