using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using FocalPoints.Application.Ports;
using FocalPoints.Domain;
using FocalPoints.Domain.GoodPractice;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>
/// Table <c>GoodPractice</c>: one partition (<c>entry</c>) with one row per entry, so the library of
/// every cycle is one partition query (a network offers a few hundred entries a cycle). The domain's
/// caps (<see cref="GoodPracticeRules.NoteLength"/>, <see cref="GoodPracticeRules.SessionsPerEntry"/>)
/// keep an entry far within one property.
/// </summary>
public sealed class TableGoodPracticeStore(TableServiceClient tables) : IGoodPracticeStore
{
    private const string Partition = "entry";

    private TableClient Table => tables.GetTableClient(TableNames.GoodPractice);

    public async Task<bool> TryAddAsync(GoodPracticeEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await Table.AddEntityAsync(EntityOf(entry), cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<Versioned<GoodPracticeEntry>?> GetAsync(string entryId, CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> found = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, entryId, cancellationToken: cancellationToken);
        return found.HasValue ? new Versioned<GoodPracticeEntry>(EntryOf(found.Value!), found.Value!.ETag.ToString()) : null;
    }

    public async Task<bool> TryReplaceAsync(GoodPracticeEntry entry, string etag, CancellationToken cancellationToken)
    {
        try
        {
            await Table.UpdateEntityAsync(EntityOf(entry), new ETag(etag), TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

    public async Task RemoveAsync(string entryId, CancellationToken cancellationToken) =>
        await Table.DeleteEntityAsync(Partition, entryId, ETag.All, cancellationToken);

    public async Task<IReadOnlyList<GoodPracticeEntry>> ListAsync(CancellationToken cancellationToken)
    {
        var entries = new List<GoodPracticeEntry>();
        await foreach (TableEntity row in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), maxPerPage: 1000, select: ["Json"], cancellationToken: cancellationToken))
        {
            entries.Add(EntryOf(row));
        }

        return entries;
    }

    private static TableEntity EntityOf(GoodPracticeEntry entry) =>
        EntitySize.Checked(new TableEntity(Partition, entry.EntryId) { ["Json"] = JsonSerializer.Serialize(entry, DomainJson.Options) });

    private static GoodPracticeEntry EntryOf(TableEntity row) =>
        JsonSerializer.Deserialize<GoodPracticeEntry>(row.GetString("Json"), DomainJson.Options)!;
}
