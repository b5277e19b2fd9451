using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.GoodPractice;

namespace FocalPoints.Application.GoodPractice;

/// <summary>A country withdraws an entry it offered: only that country's focal points may (<see cref="GoodPracticeEntry.CanBeWithdrawnBy"/>).</summary>
public sealed class WithdrawGoodPractice(AccessControl access, IGoodPracticeStore library)
{
    public async Task<Outcome<string>> ExecuteAsync(Caller? caller, string entryId, CancellationToken cancellationToken)
    {
        if (AccessControl.Identify(caller) is { Failure: { } unknown })
        {
            return unknown;
        }

        if (!caller!.IsFocalPoint)
        {
            return new Forbidden();
        }

        Versioned<GoodPracticeEntry>? found = await library.GetAsync(entryId, cancellationToken);
        if (found is null)
        {
            return new NotFound($"There is no good-practice entry {entryId}.");
        }

        IEnumerable<string> countries = (await access.CountriesOfAsync(caller, cancellationToken)).Select(m => m.Iso3);
        if (!found.Value.CanBeWithdrawnBy(countries))
        {
            return new Forbidden();
        }

        await library.RemoveAsync(entryId, cancellationToken);
        return entryId;
    }
}
