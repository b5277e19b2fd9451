using FocalPoints.Application.Access;
using FocalPoints.Application.Common;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.GoodPractice;

namespace FocalPoints.Application.GoodPractice;

/// <summary>A coordinator features an entry in the library, or stops featuring it.</summary>
public sealed class FeatureGoodPractice(IGoodPracticeStore library)
{
    public async Task<Outcome<GoodPracticeEntry>> ExecuteAsync(Caller? caller, string entryId, Input<FeatureInput> input, CancellationToken cancellationToken)
    {
        if (AccessControl.RequireCoordinator(caller).Failure is { } denied)
        {
            return denied;
        }

        if (await library.GetAsync(entryId, cancellationToken) is null)
        {
            return new NotFound($"There is no good-practice entry {entryId}.");
        }

        Outcome<FeatureInput> body = await input(cancellationToken);
        if (body.Failure is { } unreadable)
        {
            return unreadable;
        }

        if (body.Value.Featured is not bool featured)
        {
            return Invalid.At("$.featured", "Required: true or false.");
        }

        return await ChangeGoodPractice.ApplyAsync(library, entryId, e => e with { Featured = featured }, cancellationToken);
    }
}
