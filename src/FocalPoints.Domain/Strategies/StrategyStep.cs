using FocalPoints.Domain.Strategies.Kinds;

namespace FocalPoints.Domain.Strategies;

/// <summary>
/// The four steps of a national strategy (A/69/981 para 69), done in this order. What each step is
/// (its content, rules, summary section) is declared once in <see cref="StepKinds"/>.
/// </summary>
public enum StrategyStep
{
    RiskAssessment,
    ActionPrioritisation,
    OfficialTraining,
    ResourceMobilisation,
}

/// <summary>Names of steps in URLs (<c>risk-assessment</c>) and their order, from <see cref="StepKinds"/>.</summary>
public static class StrategySteps
{
    /// <summary>The steps in the order they are done.</summary>
    public static IReadOnlyList<StrategyStep> InOrder { get; } = StepKinds.All.Select(k => k.Step).ToArray();

    /// <summary>The first step, opened when a strategy starts.</summary>
    public static StrategyStep First => InOrder[0];

    /// <summary>The URL segment of a step.</summary>
    public static string ToSlug(this StrategyStep step) => StepKinds.Of(step).Slug;

    /// <summary>The JSON name of a step (<c>riskAssessment</c>).</summary>
    public static string ToJsonName(this StrategyStep step) => StepKinds.Of(step).JsonName;

    /// <summary>Parses a URL segment; <c>false</c> for anything else.</summary>
    public static bool TryParseSlug(string? slug, out StrategyStep step)
    {
        foreach (StrategyStep candidate in InOrder)
        {
            if (candidate.ToSlug() == slug)
            {
                step = candidate;
                return true;
            }
        }

        step = default;
        return false;
    }

    /// <summary>The step after <paramref name="step"/>, or <c>null</c> after the last.</summary>
    public static StrategyStep? Next(this StrategyStep step) =>
        step.Number() < InOrder.Count ? InOrder[step.Number()] : null;

    /// <summary>One-based position of the step, for people ("step 2 of 4").</summary>
    public static int Number(this StrategyStep step) => (int)step + 1;

    /// <summary>A title for people.</summary>
    public static string Title(this StrategyStep step) => StepKinds.Of(step).Title;
}
