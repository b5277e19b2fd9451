using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Testing.Hosts;

/// <summary>Puts a strategy in the state a test starts from, through the repository (the arrangement, not a transition under test).</summary>
public static class StrategyStates
{
    public static async Task SetAsync(this IStrategyRepository strategies, string cycleId, string country, Func<StrategyProgress, StrategyProgress> state)
    {
        Strategy loaded = await strategies.LoadAsync(cycleId, country, null, CancellationToken.None)
            ?? throw new InvalidOperationException($"No strategy for {country} in cycle {cycleId}.");
        if (!await strategies.SaveAsync(new StrategyChange(loaded.ETag, state(loaded.Progress)), CancellationToken.None))
        {
            throw new InvalidOperationException($"The strategy of {country} in cycle {cycleId} moved while a test arranged it.");
        }
    }
}
