namespace FocalPoints.Domain.Strategies.Content;

public enum ActionScope
{
    Domestic,
    International,
}

/// <summary>Step 2: actions prioritised by restraint.</summary>
public sealed record ActionPrioritisationContent(IReadOnlyList<PrioritisedAction>? Actions, Sharing? Sharing) : StepContent(Sharing);

public sealed record PrioritisedAction(
    string? Title,
    ActionScope? Scope,
    string? Restraint,
    IReadOnlyList<string>? RiskFactors,
    string? LeadInstitution,
    DateOnly? Start,
    DateOnly? End,
    int? Priority);
