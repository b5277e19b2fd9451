using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Domain.Validation;

/// <summary>The approved content of earlier steps that later steps' completeness rules refer to.</summary>
public sealed record ApprovedSteps(RiskAssessmentContent? RiskAssessment, ActionPrioritisationContent? ActionPrioritisation)
{
    public static ApprovedSteps None { get; } = new(null, null);
}
