using FocalPoints.Application.Access;
using FocalPoints.Application.Common;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Strategies.HandOver;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Application.Strategies;

/// <summary>A coordinator's review of a step's latest submission; <see cref="Review"/> is read once the step is found.</summary>
public sealed record ReviewStepCommand(Caller? Caller, string CycleId, string Iso3, string Step, Input<ReviewInput> Review);

/// <summary>
/// Reviews a step, in this order: the caller coordinates; the country and the step exist; the
/// review is valid (a decision; comments required to return); the step waits for a review; then the
/// review, the step's progress (after an approval, the next step opened or the strategy completed)
/// and the workflow's event are committed in one transaction (a lost race is a conflict) and the
/// event is queued for the workflow (raised just after the answer), which sends the messages.
/// </summary>
public sealed class ReviewStep(ICycleStore cycles, IStepDocumentStore documents, HandOverDispatcher handOver, TimeProvider time)
{
    public async Task<Outcome<StepVersion>> ExecuteAsync(ReviewStepCommand command, IStrategyWorkflows workflows, CancellationToken cancellationToken)
    {
        Outcome<Caller> coordinator = AccessControl.RequireCoordinator(command.Caller);
        if (coordinator.Failure is { } denied)
        {
            return denied;
        }

        Outcome<StepInCycle> found = await CountryInCycle.FindStepAsync(cycles, command.CycleId, command.Iso3, command.Step, cancellationToken);
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

        ReviewOutcome outcome = await documents.ReviewAsync(
            new ReviewCommand(
                command.CycleId, command.Iso3, step, review.Decision!.Value, review.Comments?.Trim(), coordinator.Value.Actor, time.GetUtcNow().UtcDateTime, cycle.Definition.Schedule.StepDuration)
            {
                Read = found.Value.Read,
            },
            cancellationToken);
        if (!outcome.Accepted)
        {
            return new Conflict(outcome.Reason!);
        }

        handOver.Post(outcome.HandOver!, workflows);
        return new StepVersion(command.CycleId, command.Iso3, step, outcome.Version);
    }
}
