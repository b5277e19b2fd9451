using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Strategies.Kinds;
using FocalPoints.Portal.Components.Versions;

namespace FocalPoints.Portal.Components.Steps;

/// <summary>The portal's half of each step kind (<see cref="StepKinds"/>), declared once: its form, editor and view.</summary>
public static class PortalStepKinds
{
    public static IReadOnlyList<PortalStepKind> All { get; } =
    [
        PortalStepKind.Of<RiskAssessmentContent, RiskAssessmentForm, RiskAssessmentEditor, RiskAssessmentView>(
            StepKinds.RiskAssessment, RiskAssessmentForm.From, RiskAssessmentItemId),
        PortalStepKind.Of<ActionPrioritisationContent, ActionPrioritisationForm, ActionPrioritisationEditor, ActionPrioritisationView>(
            StepKinds.ActionPrioritisation, ActionPrioritisationForm.From),
        PortalStepKind.Of<OfficialTrainingContent, OfficialTrainingForm, OfficialTrainingEditor, OfficialTrainingView>(
            StepKinds.OfficialTraining, OfficialTrainingForm.From),
        PortalStepKind.Of<ResourceMobilisationContent, ResourceMobilisationForm, ResourceMobilisationEditor, ResourceMobilisationView>(
            StepKinds.ResourceMobilisation, ResourceMobilisationForm.From),
    ];

    private static readonly Dictionary<StrategyStep, PortalStepKind> ByStep = All.ToDictionary(k => k.Kind.Step);

    public static PortalStepKind Of(StrategyStep step) =>
        ByStep.TryGetValue(step, out PortalStepKind? kind) ? kind : throw new ArgumentOutOfRangeException(nameof(step), step, "The portal has no form for this step.");

    /// <summary>A risk factor's or restraint's id: errors and changes name "RF4 · Evidence", not "Risk factors 4 · Evidence".</summary>
    private static string? RiskAssessmentItemId(RiskAssessmentContent risk, string list, int index) => list switch
    {
        "riskFactors" when index < (risk.RiskFactors?.Count ?? 0) => risk.RiskFactors![index].Id,
        "resilience" when index < (risk.Resilience?.Count ?? 0) => risk.Resilience![index].Restraint,
        _ => null,
    };
}
