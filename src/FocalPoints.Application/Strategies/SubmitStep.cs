using FocalPoints.Application.Access;
using FocalPoints.Application.Common;
using FocalPoints.Application.Outbox;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Strategies.Kinds;
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
/// steps before it); then the strategy decides (<see cref="Strategy.Submit"/>) on the row the access
/// check read, and what it changed (the new immutable version, the step's progress, its audit row,
/// the workflow's event, the key) is saved in one write, and the event is queued for the workflow
/// (raised just after the answer). When another writer moved the strategy first, it is loaded and
/// decided again. A refused submission changes nothing. A retry with the same key answers the
/// version the first stored, whatever the step has done since.
/// </summary>
public sealed class SubmitStep(StrategyAccess strategies, IStrategyRepository repository, ApprovedStrategies approved, OutboxRelay relay, TimeProvider time)
{
    /// <summary>How often a submission is decided, at most, when other writers keep moving the strategy first.</summary>
    public const int MaxAttempts = 5;

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

        string json = StepContentJson.Serialize(content.Value);
        var request = new SubmissionRequest(json, Fingerprint.Sha256Hex(json), key.Value is null ? null : Fingerprint.Sha256Hex(key.Value));
        SubmissionKey? lookUp = request.KeyHash is null ? null : new SubmissionKey(step, request.KeyHash);
        DateTime now = time.GetUtcNow().UtcDateTime;
        Strategy? strategy = found.Value.Loaded;
        for (int attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            switch (strategy.Submit(step, request, command.Caller!.Actor, now))
            {
                case SubmitDecision.Accepted accepted:
                    if (await repository.SaveAsync(accepted.Change, cancellationToken))
                    {
                        // Committed: the event is stored with the submission, so one that is not raised
                        // after the answer is delivered by the background run.
                        relay.Post(PendingWorkflowEvent.Of(accepted.Change)!, workflows);
                        return new StepVersion(command.CycleId, command.Iso3, step, accepted.Version);
                    }

                    // Another writer moved this step (or took this Idempotency-Key) first: decide again on what is stored now.
                    break;
                case SubmitDecision.LookUpKey:
                    break;
                case SubmitDecision.Repeated repeated:
                    // Raised again: if the first attempt stopped before raising it, the workflow still
                    // hears; if not, it ignores a version it has seen.
                    relay.Post(new PendingWorkflowEvent(command.CycleId, command.Iso3, step, repeated.Version, null, now), workflows);
                    return new StepVersion(command.CycleId, command.Iso3, step, repeated.Version);
                case SubmitDecision.KeyReused reused:
                    return new Unprocessable(reused.Reason);
                case SubmitDecision.Refused refused:
                    return new Conflict(refused.Reason);
            }

            strategy = await repository.LoadAsync(command.CycleId, command.Iso3, lookUp, cancellationToken);
            if (strategy is null)
            {
                return new NotFound($"{command.Iso3} takes no part in cycle {command.CycleId}.");
            }
        }

        return new Conflict($"Other changes to {step.Title().ToLowerInvariant()} were recorded at the same time; try again.");
    }

    /// <summary>The approved steps a submission of <paramref name="step"/> must agree with (the actions cover the approved risk factors, ...).</summary>
    private Task<ApprovedSteps> ApprovedBeforeAsync(StrategyProgress progress, StrategyStep step, CancellationToken cancellationToken) =>
        approved.LoadAsync(progress, StepKinds.Of(step).Needs, cancellationToken);
}
