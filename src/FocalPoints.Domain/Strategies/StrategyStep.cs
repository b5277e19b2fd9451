namespace FocalPoints.Domain.Strategies;

/// <summary>The four steps of a national strategy (A/69/981 para 69), done in this order.</summary>
public enum StrategyStep
{
    RiskAssessment,
    ActionPrioritisation,
    OfficialTraining,
    ResourceMobilisation,
}

/// <summary>Names of steps in URLs (<c>risk-assessment</c>) and their order.</summary>
public static class StrategySteps
{
    /// <summary>The steps in the order they are done.</summary>
    public static IReadOnlyList<StrategyStep> InOrder { get; } =
        [StrategyStep.RiskAssessment, StrategyStep.ActionPrioritisation, StrategyStep.OfficialTraining, StrategyStep.ResourceMobilisation];

    /// <summary>The URL segment of a step.</summary>
    public static string ToSlug(this StrategyStep step) => step switch
    {
        StrategyStep.RiskAssessment => "risk-assessment",
        StrategyStep.ActionPrioritisation => "action-prioritisation",
        StrategyStep.OfficialTraining => "official-training",
        StrategyStep.ResourceMobilisation => "resource-mobilisation",
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    /// <summary>The JSON name of a step (<c>riskAssessment</c>).</summary>
    public static string ToJsonName(this StrategyStep step) => JsonNaming.CamelCase(step.ToString());

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
        step == StrategyStep.ResourceMobilisation ? null : step + 1;

    /// <summary>One-based position of the step, for people ("step 2 of 4").</summary>
    public static int Number(this StrategyStep step) => (int)step + 1;

    /// <summary>A title for people.</summary>
    public static string Title(this StrategyStep step) => step switch
    {
        StrategyStep.RiskAssessment => "Risk assessment",
        StrategyStep.ActionPrioritisation => "Action prioritisation",
        StrategyStep.OfficialTraining => "Official training",
        StrategyStep.ResourceMobilisation => "Resource mobilisation",
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };
}
