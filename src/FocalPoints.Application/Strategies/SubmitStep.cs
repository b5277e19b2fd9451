using FocalPoints.Application.Access;
using FocalPoints.Application.Common;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Strategies.HandOver;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Application.Strategies;

/// <summary>
/// A focal point's submission of a step. <see cref="IdempotencyKey"/> is the key as the client sent
/// it (<c>null</c> for none); <see cref="Content"/> is read once the step is known.
/// </summary>
public sealed record SubmitStepCommand(Caller? Caller, string CycleId, string Iso3, string Step, string? IdempotencyKey, StepInput Content);

/// <summary>
/// Submits a step, in this order: the caller is one of the country's focal points; the country and
/// the step exist; the key and the content are valid (complete, and consistent with the approved
/// steps before it); the step accepts a submission now; then the new immutable version, the step's
/// progress, its audit row and the workflow's event are committed in one transaction, and the event
/// is queued for the workflow (raised just after the answer). A refused submission changes nothing. A retry with the same key
/// answers the version the first stored, whatever the step has done since.
/// </summary>
public sealed class SubmitStep(StrategyAccess strategies, IStepDocumentStore documents, ApprovedStrategies approved, HandOverDispatcher handOver, TimeProvider time)
{
    public async Task<Outcome<StepVersion>> ExecuteAsync(SubmitStepCommand command, IStrategyWorkflows workflows, CancellationToken cancellationToken)
    {
        Outcome<StepInCycle> found = await strategies.FindStepAsync(command.Caller, command.CycleId, command.Iso3, command.Step, coordinatorsToo: false, cancellationToken);
        if (found.Failure is { } failure)
        {
            return failure;
        }

        (StrategyProgress progress, StrategyStep step) = found.Value;
        Outcome<string?> key = IdempotencyKeys.Check(command.IdempotencyKey);
        if (key.Failure is { } badKey)
        {
            return badKey;
        }

        Outcome<StepContent> content = await command.Content(step, cancellationToken);
        if (content.Failure is { } unreadable)
        {
            return unreadable;
        }

        ValidationErrors errors = StepContentValidator.ValidateSubmission(content.Value, await ApprovedBeforeAsync(progress, step, cancellationToken));
        if (!errors.IsEmpty)
        {
            return new Invalid(errors, "The submission is not complete or not valid; see errors.");
        }

        // A retry with the same key is answered from the store even when the step has moved on.
        if (key.Value is null && progress.RefuseSubmission(step) is string refusal)
        {
            return new Conflict(refusal);
        }

        SubmitOutcome outcome = await documents.SubmitAsync(
            new SubmitCommand(command.CycleId, command.Iso3, step, StepContentJson.Serialize(content.Value), key.Value, command.Caller!.Actor, time.GetUtcNow().UtcDateTime) { Read = found.Value.Read },
            cancellationToken);
        switch (outcome.Result)
        {
            case SubmitResult.Accepted:
            case SubmitResult.Duplicate:
                // Committed: the event is stored with the submission, so one that is not raised after the
                // answer is delivered by the background run. Raised again for a duplicate: if the first
                // attempt stopped before raising it, the workflow still hears; if not, it ignores a version it has seen.
                handOver.Post(
                    outcome.HandOver ?? new PendingWorkflowEvent(command.CycleId, command.Iso3, step, outcome.Version, null, time.GetUtcNow().UtcDateTime),
                    workflows);
                return new StepVersion(command.CycleId, command.Iso3, step, outcome.Version);
            case SubmitResult.IdempotencyKeyReused:
                return new Unprocessable(outcome.Reason!);
            default:
                return new Conflict(outcome.Reason!);
        }
    }

    /// <summary>The approved steps a submission of <paramref name="step"/> must agree with (the actions cover the approved risk factors, ...).</summary>
    private async Task<ApprovedSteps> ApprovedBeforeAsync(StrategyProgress progress, StrategyStep step, CancellationToken cancellationToken) => step switch
    {
        StrategyStep.ActionPrioritisation => new ApprovedSteps(await approved.ApprovedAsync<RiskAssessmentContent>(progress, StrategyStep.RiskAssessment, cancellationToken), null),
        StrategyStep.ResourceMobilisation => new ApprovedSteps(null, await approved.ApprovedAsync<ActionPrioritisationContent>(progress, StrategyStep.ActionPrioritisation, cancellationToken)),
        _ => ApprovedSteps.None,
    };
}
