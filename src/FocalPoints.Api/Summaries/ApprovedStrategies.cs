using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Summaries;
using FocalPoints.Infrastructure.Storage;

namespace FocalPoints.Api.Summaries;

/// <summary>Loads the approved content of a country's steps: the latest submission of every approved step.</summary>
public sealed class ApprovedStrategies(IStepDocumentStore documents)
{
    public async Task<ApprovedStrategy> LoadAsync(StrategyProgress progress, CancellationToken cancellationToken)
    {
        async Task<T?> Approved<T>(StrategyStep step)
            where T : StepContent
        {
            if (progress[step].Status != StepStatus.Approved)
            {
                return null;
            }

            StoredSubmission? submitted = await documents.GetLatestSubmissionAsync(progress.CycleId, progress.Country, step, cancellationToken);
            return submitted is null ? null : (T)StepContentJson.Parse(step, submitted.ContentJson);
        }

        return new ApprovedStrategy(
            await Approved<RiskAssessmentContent>(StrategyStep.RiskAssessment),
            await Approved<ActionPrioritisationContent>(StrategyStep.ActionPrioritisation),
            await Approved<OfficialTrainingContent>(StrategyStep.OfficialTraining),
            await Approved<ResourceMobilisationContent>(StrategyStep.ResourceMobilisation));
    }
}
