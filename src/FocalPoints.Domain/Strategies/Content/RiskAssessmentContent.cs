namespace FocalPoints.Domain.Strategies.Content;

public enum RiskRating
{
    Low,
    Moderate,
    High,
    Severe,
    NotApplicable,
}

public enum Trend
{
    Improving,
    Stable,
    Worsening,
}

public enum Capacity
{
    Strong,
    Partial,
    Weak,
    Absent,
}

/// <summary>Step 1: the 14 risk factors and the 7 restraints as sources of resilience.</summary>
public sealed record RiskAssessmentContent(
    IReadOnlyList<RiskFactorAssessment>? RiskFactors,
    IReadOnlyList<ResilienceAssessment>? Resilience,
    bool? ConsultedCivilSociety,
    bool? ConsultedMedia,
    Sharing? Sharing) : StepContent(Sharing);

public sealed record RiskFactorAssessment(string? Id, RiskRating? Rating, Trend? Trend, IReadOnlyList<string>? Indicators, string? Evidence);

public sealed record ResilienceAssessment(string? Restraint, Capacity? Capacity, string? Notes);
