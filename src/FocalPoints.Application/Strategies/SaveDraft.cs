using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Application.Strategies;

/// <summary>A focal point's draft of a step: <see cref="Content"/> is read once the step is known.</summary>
public sealed record SaveDraftCommand(Caller? Caller, string CycleId, string Iso3, string Step, StepInput Content);

/// <summary>
/// Saves a draft (drafts are not versioned; each save replaces the last): only the country's focal
/// points, only while the step can still change; the draft's rules are lighter than a submission's.
/// Answers the draft as stored (canonical JSON).
/// </summary>
public sealed class SaveDraft(StrategyAccess strategies, IStepDocumentStore documents)
{
    public async Task<Outcome<string>> ExecuteAsync(SaveDraftCommand command, CancellationToken cancellationToken)
    {
        Outcome<StepInCycle> found = await strategies.FindStepAsync(command.Caller, command.CycleId, command.Iso3, command.Step, coordinatorsToo: false, cancellationToken);
        if (found.Failure is { } failure)
        {
            return failure;
        }

        (StrategyProgress progress, StrategyStep step) = found.Value;
        Outcome<StepContent> content = await command.Content(step, cancellationToken);
        if (content.Failure is { } unreadable)
        {
            return unreadable;
        }

        ValidationErrors errors = StepContentValidator.ValidateDraft(content.Value);
        if (!errors.IsEmpty)
        {
            return new Invalid(errors);
        }

        if (progress.Status != StrategyStatus.InProgress || progress[step].Status == StepStatus.Approved)
        {
            return new Conflict($"{step.Title()} can no longer be changed.");
        }

        string json = StepContentJson.Serialize(content.Value);
        await documents.PutDraftAsync(command.CycleId, command.Iso3, step, json, cancellationToken);
        return json;
    }
}
