using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Strategies;

/// <summary>
/// A country's strategy and one of its steps, as a request named them; <see cref="Loaded"/> is the
/// strategy as read (with its ETag): a use case decides on it first, with no read of its own.
/// </summary>
public sealed record StepInCycle(StrategyProgress Progress, StrategyStep Step)
{
    public required Strategy Loaded { get; init; }
}

/// <summary>
/// The one way use cases find a country's strategy from a cycle id and an ISO3 code (loaded through
/// <see cref="IStrategyRepository"/>): <see cref="Invalid"/> for a code that is not a UN Member State,
/// <see cref="NotFound"/> when the country takes no part in the cycle (or the step does not exist).
/// </summary>
public static class CountryInCycle
{
    public static async Task<Outcome<StrategyProgress>> FindAsync(IStrategyRepository strategies, string cycleId, string iso3, CancellationToken cancellationToken)
    {
        Outcome<Strategy> found = await LoadAsync(strategies, cycleId, iso3, cancellationToken);
        return found.Failure is { } failure ? failure : found.Value.Progress;
    }

    private static async Task<Outcome<Strategy>> LoadAsync(IStrategyRepository strategies, string cycleId, string iso3, CancellationToken cancellationToken)
    {
        if (!UnMemberStates.IsMember(iso3))
        {
            return Invalid.At("iso3", $"'{iso3}' is not the ISO 3166-1 alpha-3 code of a UN Member State.");
        }

        Strategy? strategy = CycleRules.IsValidCycleId(cycleId) ? await strategies.LoadAsync(cycleId, iso3, null, cancellationToken) : null;
        return strategy is null ? new NotFound($"{iso3} takes no part in cycle {cycleId}.") : strategy;
    }

    /// <summary>The step named by its slug (<c>risk-assessment</c>, ...) in the country's strategy; an unknown step is <see cref="NotFound"/> before the country is looked up.</summary>
    public static async Task<Outcome<StepInCycle>> FindStepAsync(IStrategyRepository strategies, string cycleId, string iso3, string step, CancellationToken cancellationToken)
    {
        if (!StrategySteps.TryParseSlug(step, out StrategyStep parsed))
        {
            return new NotFound($"There is no step '{step}'; steps are risk-assessment, action-prioritisation, official-training and resource-mobilisation.");
        }

        Outcome<Strategy> loaded = await LoadAsync(strategies, cycleId, iso3, cancellationToken);
        return loaded.Failure is { } failure ? failure : new StepInCycle(loaded.Value.Progress, parsed) { Loaded = loaded.Value };
    }
}
