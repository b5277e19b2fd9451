using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Strategies.Kinds;

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

    /// <summary>Stores <paramref name="content"/> as the approved version 1 of its step (the workflow is not told: an arrangement for what reads approved content).</summary>
    public static async Task ApproveAsync(this IStrategyRepository strategies, string cycleId, string country, StepContent content)
    {
        StrategyStep step = StepKinds.Of(content).Step;
        Strategy loaded = await strategies.LoadAsync(cycleId, country, null, CancellationToken.None)
            ?? throw new InvalidOperationException($"No strategy for {country} in cycle {cycleId}.");
        StrategyProgress approved = loaded.Progress with
        {
            Steps = loaded.Progress.Steps.Select(s => s.Step == step ? s with { Status = StepStatus.Approved, SubmittedVersions = 1 } : s).ToArray(),
        };
        var change = new StrategyChange(loaded.ETag, approved) { Submission = new StoredSubmission(step, 1, StepContentJson.Serialize(content), "arranged", DateTime.UtcNow) };
        if (!await strategies.SaveAsync(change, CancellationToken.None))
        {
            throw new InvalidOperationException($"The strategy of {country} in cycle {cycleId} moved while a test arranged it.");
        }
    }
}
