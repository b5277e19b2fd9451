using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Strategies.Progress;

/// <summary>
/// The loop of the workflow's use cases: load the strategy, let one domain method decide, save what
/// it changed; when another writer moved the row first, load and decide again (the decision may then
/// be that nothing is left to change).
/// </summary>
internal static class StrategyTransition
{
    /// <summary>How often a change is decided, at most, before the caller is told to try later.</summary>
    public const int MaxAttempts = 10;

    /// <summary>What was saved; <c>null</c> when the strategy decided that nothing changes.</summary>
    /// <exception cref="InvalidOperationException">The country takes no part in the cycle, or other writers kept winning.</exception>
    public static async Task<StrategyChange?> ApplyAsync(
        IStrategyRepository repository, string cycleId, string country, Func<Strategy, StrategyChange?> decide, CancellationToken cancellationToken)
    {
        for (int attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            Strategy strategy = await repository.LoadAsync(cycleId, country, null, cancellationToken)
                ?? throw new InvalidOperationException($"No strategy for {country} in cycle {cycleId}.");
            if (decide(strategy) is not { } change)
            {
                return null;
            }

            if (await repository.SaveAsync(change, cancellationToken))
            {
                return change;
            }
        }

        throw new InvalidOperationException($"The strategy of {country} in cycle {cycleId} kept moving while a change was decided; try again.");
    }
}
