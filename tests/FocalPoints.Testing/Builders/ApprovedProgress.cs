using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Testing.Builders;

/// <summary>A strategy whose given steps stand approved at given versions (as the workflow would leave them), for rules that read approved steps.</summary>
public static class ApprovedProgress
{
    public static StrategyProgress Of(string cycleId, string country, DateTime nowUtc, params (StrategyStep Step, int Version)[] approved)
    {
        bool known = UnMemberStates.TryGet(country, out UnMemberState state);
        StrategyProgress start = StrategyProgress.Start(cycleId, country, nowUtc, known ? state.Name : null, known ? state.RegionalGroup : null);
        StepProgress[] steps = [.. start.Steps];
        foreach ((StrategyStep step, int version) in approved)
        {
            steps[(int)step] = new StepProgress(step, StepStatus.Approved, nowUtc, nowUtc, version, null);
        }

        return start with { Steps = steps };
    }
}
