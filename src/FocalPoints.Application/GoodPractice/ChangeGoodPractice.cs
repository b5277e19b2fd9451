using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.GoodPractice;

namespace FocalPoints.Application.GoodPractice;

/// <summary>
/// Loads an entry, lets the domain change it and replaces it if no other writer changed it in
/// between; a lost race loads and decides again.
/// </summary>
public static class ChangeGoodPractice
{
    private const int Attempts = 5;

    public static async Task<Outcome<GoodPracticeEntry>> ApplyAsync(
        IGoodPracticeStore library, string entryId, Func<GoodPracticeEntry, Outcome<GoodPracticeEntry>> change, CancellationToken cancellationToken)
    {
        for (int attempt = 0; attempt < Attempts; attempt++)
        {
            Versioned<GoodPracticeEntry>? found = await library.GetAsync(entryId, cancellationToken);
            if (found is null)
            {
                return new NotFound($"There is no good-practice entry {entryId}.");
            }

            Outcome<GoodPracticeEntry> changed = change(found.Value);
            if (changed.Failure is not null || changed.Value == found.Value)
            {
                return changed;
            }

            if (await library.TryReplaceAsync(changed.Value, found.ETag, cancellationToken))
            {
                return changed;
            }
        }

        return new Conflict($"The good-practice entry {entryId} kept changing; try again.");
    }
}
