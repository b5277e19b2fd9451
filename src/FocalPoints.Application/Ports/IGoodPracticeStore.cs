using FocalPoints.Domain.GoodPractice;

namespace FocalPoints.Application.Ports;

/// <summary>The network's good-practice library as stored: one row per entry. It decides nothing.</summary>
public interface IGoodPracticeStore
{
    /// <summary>Inserts the entry; <c>false</c> when an entry with its id already exists.</summary>
    Task<bool> TryAddAsync(GoodPracticeEntry entry, CancellationToken cancellationToken);

    /// <summary>The entry with the ETag it was read at, or <c>null</c>.</summary>
    Task<Versioned<GoodPracticeEntry>?> GetAsync(string entryId, CancellationToken cancellationToken);

    /// <summary>Replaces the entry if it still has <paramref name="etag"/>; <c>false</c> when another writer changed or removed it first.</summary>
    Task<bool> TryReplaceAsync(GoodPracticeEntry entry, string etag, CancellationToken cancellationToken);

    /// <summary>Removes the entry (nothing happens if it is already gone).</summary>
    Task RemoveAsync(string entryId, CancellationToken cancellationToken);

    /// <summary>Every entry, of every cycle: one partition query.</summary>
    Task<IReadOnlyList<GoodPracticeEntry>> ListAsync(CancellationToken cancellationToken);
}
