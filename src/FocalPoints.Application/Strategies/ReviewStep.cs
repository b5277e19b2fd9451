using FocalPoints.Application.Access;
using FocalPoints.Application.Common;
using FocalPoints.Application.Outbox;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Application.Strategies;

/// <summary>A coordinator's review of a step's latest submission; <see cref="Review"/> is read once the step is found.</summary>
public sealed record ReviewStepCommand(Caller? Caller, string CycleId, string Iso3, string Step, Input<ReviewInput> Review);

/// <summary>
/// Reviews a step, in this order: the caller coordinates; the country and the step exist; the
/// review is valid (a decision; comments required to return); the step waits for a review; then the
/// strategy decides (<see cref="Strategy.Review"/>: after an approval the next step opened or the
/// strategy completed, after a return the step's new due date) on the row the request read, what it
/// changed (the review, the step's progress, the audit row, the workflow's event) is saved in one
/// write, and the event is queued for the workflow (raised just after the answer), which sends the
/// messages. When another writer moved the row first (a second review, the workflow keeping time),
/// it is loaded and decided again: a review decided on one version is never recorded against another.
/// </summary>
public sealed class ReviewStep(ICycleStore cycles, IStrategyRepository repository, OutboxRelay relay, TimeProvider time)
{
    /// <summary>How often a review is decided, at most, when other writers keep moving the strategy first.</summary>
    public const int MaxAttempts = 5;

    public async Task<Outcome<StepVersion>> ExecuteAsync(ReviewStepCommand command, IStrategyWorkflows workflows, CancellationToken cancellationToken)
    {
        Outcome<Caller> coordinator = AccessControl.RequireCoordinator(command.Caller);
        if (coordinator.Failure is { } denied)
        {
            return denied;
        }

        Outcome<StepInCycle> found = await CountryInCycle.FindStepAsync(repository, command.CycleId, command.Iso3, command.Step, cancellationToken);
        if (found.Failure is { } missing)
        {
            return missing;
        }

        (StrategyProgress progress, StrategyStep step) = found.Value;
        Outcome<ReviewInput> body = await command.Review(cancellationToken);
        if (body.Failure is { } unreadable)
        {
            return unreadable;
        }

        ReviewInput review = body.Value;
        var errors = new ValidationErrors();
        if (review.Decision is null)
        {
            errors.Add("$.decision", "Required: approve or return.");
        }

        errors.CheckText("$.comments", review.Comments, required: review.Decision == ReviewDecision.Return);
        if (!errors.IsEmpty)
        {
            return new Invalid(errors);
        }

        if (progress.RefuseReview(step) is string refusal)
        {
            return new Conflict(refusal);
        }

        // An approval opens the next step in the same write, due after the cycle's step duration.
        if (await cycles.GetCycleAsync(command.CycleId, cancellationToken) is not { } cycle)
        {
            return new NotFound($"There is no cycle {command.CycleId}.");
        }

        DateTime now = time.GetUtcNow().UtcDateTime;
        CycleSchedule schedule = cycle.Definition.Schedule;
        int readVersion = progress[step].SubmittedVersions;
        Strategy? strategy = found.Value.Loaded;
        for (int attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            ReviewDecided decided = strategy.Review(
                step, review.Decision!.Value, review.Comments?.Trim(), coordinator.Value.Actor, now, readVersion, schedule.StepDuration, schedule.ReviewDuration);
            if (decided.Change is not { } change)
            {
                return new Conflict(decided.Refusal!);
            }

            if (await repository.SaveAsync(change, cancellationToken))
            {
                relay.Post(PendingWorkflowEvent.Of(change)!, workflows);
                return new StepVersion(command.CycleId, command.Iso3, step, decided.Version);
            }

            strategy = await repository.LoadAsync(command.CycleId, command.Iso3, null, cancellationToken);
            if (strategy is null)
            {
                return new NotFound($"{command.Iso3} takes no part in cycle {command.CycleId}.");
            }
        }

        return new Conflict("Another review of this submission was recorded at the same time.");
    }
}
