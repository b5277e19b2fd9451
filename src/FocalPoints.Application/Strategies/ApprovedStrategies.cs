using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Summaries;

namespace FocalPoints.Application.Strategies;

/// <summary>Loads the approved content of a country's steps: the latest submission of every approved step.</summary>
public sealed class ApprovedStrategies(IStepDocumentStore documents)
{
    public async Task<ApprovedStrategy> LoadAsync(StrategyProgress progress, CancellationToken cancellationToken) => new(
        await ApprovedAsync<RiskAssessmentContent>(progress, StrategyStep.RiskAssessment, cancellationToken),
        await ApprovedAsync<ActionPrioritisationContent>(progress, StrategyStep.ActionPrioritisation, cancellationToken),
        await ApprovedAsync<OfficialTrainingContent>(progress, StrategyStep.OfficialTraining, cancellationToken),
        await ApprovedAsync<ResourceMobilisationContent>(progress, StrategyStep.ResourceMobilisation, cancellationToken));

    /// <summary>The approved content of one step, or <c>null</c> when the step is not approved.</summary>
    public async Task<T?> ApprovedAsync<T>(StrategyProgress progress, StrategyStep step, CancellationToken cancellationToken)
        where T : StepContent
    {
        if (progress[step].Status != StepStatus.Approved)
        {
            return null;
        }

        StoredSubmission? submitted = await documents.GetSubmissionAsync(progress.CycleId, progress.Country, step, progress[step].SubmittedVersions, cancellationToken);
        return submitted is null ? null : (T)StepContentJson.Parse(step, submitted.ContentJson);
    }
}
