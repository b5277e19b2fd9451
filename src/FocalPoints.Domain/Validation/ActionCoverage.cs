using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Domain.Validation;

/// <summary>
/// Which risk factors rated high or severe in the approved risk assessment no action addresses yet.
/// The submission rule and the portal's "still to cover" list both ask this one function.
/// </summary>
public static class ActionCoverage
{
    public static IReadOnlyList<RiskFactorAssessment> Uncovered(RiskAssessmentContent? approved, IEnumerable<PrioritisedAction>? actions)
    {
        PrioritisedAction[] all = actions?.ToArray() ?? [];
        return (approved?.RiskFactors ?? [])
            .Where(f => f.Rating is RiskRating.High or RiskRating.Severe)
            .Where(f => !all.Any(a => a.RiskFactors?.Contains(f.Id) == true))
            .ToArray();
    }
}
