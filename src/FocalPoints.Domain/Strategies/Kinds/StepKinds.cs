using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Summaries;
using FocalPoints.Domain.Summaries.Sections;
using FocalPoints.Domain.Validation.Steps;

namespace FocalPoints.Domain.Strategies.Kinds;

/// <summary>
/// The four kinds of step (A/69/981 para 69), each declared here once: its content, the rules for
/// it, the steps those rules look back at, and its section of a summary. A fifth step is a value of
/// <see cref="StrategyStep"/> and one declaration here (see docs/architecture.md, "A step kind").
/// </summary>
public static class StepKinds
{
    /// <summary>Step 1: the 14 risk factors and the 7 restraints.</summary>
    public static StepKind<RiskAssessmentContent, RiskSection> RiskAssessment { get; } = new(
        StrategyStep.RiskAssessment, "risk-assessment", "Risk assessment", new RiskAssessmentRules(), RiskAssessmentSection.Write);

    /// <summary>Step 2: actions by restraint, covering the risk factors the approved assessment rated high or severe.</summary>
    public static StepKind<ActionPrioritisationContent, ActionsSection> ActionPrioritisation { get; } = new(
        StrategyStep.ActionPrioritisation, "action-prioritisation", "Action prioritisation", new ActionPrioritisationRules(), ActionPrioritisationSection.Write,
        StrategyStep.RiskAssessment);

    /// <summary>Step 3: training of the officials concerned.</summary>
    public static StepKind<OfficialTrainingContent, TrainingSection> OfficialTraining { get; } = new(
        StrategyStep.OfficialTraining, "official-training", "Official training", new OfficialTrainingRules(), OfficialTrainingSection.Write);

    /// <summary>Step 4: resources linked to the approved actions, political support, partners.</summary>
    public static StepKind<ResourceMobilisationContent, ResourcesSection> ResourceMobilisation { get; } = new(
        StrategyStep.ResourceMobilisation, "resource-mobilisation", "Resource mobilisation", new ResourceMobilisationRules(), ResourceMobilisationSection.Write,
        StrategyStep.ActionPrioritisation);

    /// <summary>Every kind, in the order of <see cref="StrategyStep"/> (the order the steps are done).</summary>
    public static IReadOnlyList<StepKind> All { get; } = [RiskAssessment, ActionPrioritisation, OfficialTraining, ResourceMobilisation];

    private static readonly Dictionary<StrategyStep, StepKind> ByStep = All.ToDictionary(k => k.Step);

    private static readonly Dictionary<Type, StepKind> ByContent = All.ToDictionary(k => k.ContentType);

    /// <summary>The kind of a step.</summary>
    public static StepKind Of(StrategyStep step) =>
        ByStep.TryGetValue(step, out StepKind? kind) ? kind : throw new ArgumentOutOfRangeException(nameof(step), step, "No step of this kind is declared.");

    /// <summary>The kind whose content is <paramref name="content"/>.</summary>
    public static StepKind Of(StepContent content) => Of(content.GetType());

    /// <summary>The kind whose content type is <paramref name="contentType"/>.</summary>
    public static StepKind Of(Type contentType) =>
        ByContent.TryGetValue(contentType, out StepKind? kind) ? kind : throw new ArgumentOutOfRangeException(nameof(contentType), contentType, "No step has this content.");
}
