using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Strategies;

/// <summary>A step with its latest submitted version and its draft (content as stored JSON).</summary>
public sealed record StepDocuments(StrategyProgress Progress, StrategyStep Step, StoredSubmission? Submitted, string? DraftJson);

/// <summary>Reads a step's latest submission and draft: for coordinators and the country's focal points.</summary>
public sealed class ReadStep(StrategyAccess strategies, IStepDocumentStore documents)
{
    public async Task<Outcome<StepDocuments>> ExecuteAsync(Caller? caller, string cycleId, string iso3, string step, CancellationToken cancellationToken)
    {
        Outcome<StepInCycle> found = await strategies.FindStepAsync(caller, cycleId, iso3, step, coordinatorsToo: true, cancellationToken);
        if (found.Failure is { } failure)
        {
            return failure;
        }

        (StrategyProgress progress, StrategyStep parsed) = found.Value;
        StoredSubmission? submitted = await documents.GetSubmissionAsync(cycleId, iso3, parsed, progress[parsed].SubmittedVersions, cancellationToken);
        string? draft = await documents.GetDraftAsync(cycleId, iso3, parsed, cancellationToken);
        return new StepDocuments(progress, parsed, submitted, draft);
    }
}
