using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Testing.Builders;

/// <summary>A complete, valid content for each step.</summary>
public static class StepContents
{
    public static StepContent Complete(StrategyStep step) => step switch
    {
        StrategyStep.RiskAssessment => new RiskAssessmentBuilder().Build(),
        StrategyStep.ActionPrioritisation => new ActionPrioritisationBuilder().Build(),
        StrategyStep.OfficialTraining => new OfficialTrainingBuilder().Build(),
        StrategyStep.ResourceMobilisation => new ResourceMobilisationBuilder().Build(),
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };
}
