using FocalPoints.Application.Access;
using FocalPoints.Application.Common;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Strategies;
using FocalPoints.Domain.GoodPractice;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Application.GoodPractice;

/// <summary>
/// A focal point offers an item of their country's approved, shared step as good practice. Only the
/// country's own focal points may (coordinators do not offer for a country); the domain refuses a
/// step that is not approved or is confidential; the same item is offered once (<see cref="Conflict"/>).
/// </summary>
public sealed class OfferGoodPractice(StrategyAccess strategies, ApprovedStrategies approved, IGoodPracticeStore library, TimeProvider time)
{
    public async Task<Outcome<GoodPracticeEntry>> ExecuteAsync(Caller? caller, Input<GoodPracticeInput> input, CancellationToken cancellationToken)
    {
        if (AccessControl.Identify(caller) is { Failure: { } unknown })
        {
            return unknown;
        }

        if (!caller!.IsFocalPoint)
        {
            return new Forbidden();
        }

        Outcome<GoodPracticeInput> body = await input(cancellationToken);
        if (body.Failure is { } unreadable)
        {
            return unreadable;
        }

        GoodPracticeInput offer = body.Value;
        if (string.IsNullOrEmpty(offer.CycleId) || string.IsNullOrEmpty(offer.Country))
        {
            var missing = new ValidationErrors();
            missing.CheckText("$.cycleId", offer.CycleId, required: true);
            missing.CheckText("$.country", offer.Country, required: true);
            return new Invalid(missing);
        }

        Outcome<StrategyProgress> found = await strategies.FindAsync(caller, offer.CycleId, offer.Country, coordinatorsToo: false, cancellationToken);
        if (found.Failure is { } failure)
        {
            return failure;
        }

        // A resource names the actions it pays for by their priorities: the approved actions classify it too.
        StrategyStep[] steps = offer.Kind switch
        {
            GoodPracticeItemKind.Resource => [StrategyStep.ActionPrioritisation, StrategyStep.ResourceMobilisation],
            GoodPracticeItemKind kind => [GoodPracticeItems.StepOf(kind)],
            null => [],
        };
        ApprovedSteps contents = await approved.LoadAsync(found.Value, steps, cancellationToken);
        StepContent? content = offer.Kind is GoodPracticeItemKind k ? contents[GoodPracticeItems.StepOf(k)] : null;
        var errors = new ValidationErrors();
        GoodPracticeEntry? entry = GoodPracticeRules.Offer(offer, found.Value, content, caller.Actor, time.GetUtcNow().UtcDateTime, errors, contents.Get<ActionPrioritisationContent>());
        if (entry is null)
        {
            return new Invalid(errors);
        }

        return await library.TryAddAsync(entry, cancellationToken)
            ? entry
            : new Conflict("This item is already offered as good practice.");
    }
}
