using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Application.Strategies;

/// <summary>Loads the approved content of a country's steps: the latest submission of every approved step.</summary>
public sealed class ApprovedStrategies(IStepDocumentStore documents)
{
    /// <summary>The approved content of every step.</summary>
    public Task<ApprovedSteps> LoadAsync(StrategyProgress progress, CancellationToken cancellationToken) =>
        LoadAsync(progress, StrategySteps.InOrder, cancellationToken);

    /// <summary>The approved content of <paramref name="steps"/> (those not approved have none).</summary>
    public async Task<ApprovedSteps> LoadAsync(StrategyProgress progress, IEnumerable<StrategyStep> steps, CancellationToken cancellationToken)
    {
        var approved = new List<StepContent?>();
        foreach (StrategyStep step in steps)
        {
            approved.Add(await ApprovedAsync(progress, step, cancellationToken));
        }

        return new ApprovedSteps(approved);
    }

    /// <summary>The approved content of one step, or <c>null</c> when the step is not approved.</summary>
    private async Task<StepContent?> ApprovedAsync(StrategyProgress progress, StrategyStep step, CancellationToken cancellationToken)
    {
        if (progress[step].Status != StepStatus.Approved)
        {
            return null;
        }

        StoredSubmission? submitted = await documents.GetSubmissionAsync(progress.CycleId, progress.Country, step, progress[step].SubmittedVersions, cancellationToken);
        return submitted is null ? null : StepContentJson.Parse(step, submitted.ContentJson);
    }
}
