using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using FocalPoints.Application.Ports;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>Table Storage implementation of <see cref="ICycleStore"/>.</summary>
public sealed class TableCycleStore(TableServiceClient tables) : ICycleStore
{
    /// <summary>
    /// Cycles found, by id. A cycle never changes once added (the same id with another body is
    /// refused), so a found one is kept for the process's life: every approval and every workflow
    /// transition reads its cycle, and in a deadline rush those reads were a round trip each.
    /// A cycle not found is not kept (it may be added later).
    /// </summary>
    private readonly ConcurrentDictionary<string, CycleRecord> found = new(StringComparer.Ordinal);

    private TableClient Table => tables.GetTableClient(TableNames.Cycles);

    public async Task<CycleRecord?> GetCycleAsync(string cycleId, CancellationToken cancellationToken)
    {
        if (found.TryGetValue(cycleId, out CycleRecord? known))
        {
            return known;
        }

        NullableResponse<TableEntity> row = await Table.GetEntityIfExistsAsync<TableEntity>(cycleId, CycleEntity.RowKey, cancellationToken: cancellationToken);
        return row.HasValue ? found.GetOrAdd(cycleId, CycleEntity.ToCycle(row.Value!)) : null;
    }

    public async Task<IReadOnlyList<CycleRecord>> ListCyclesAsync(CancellationToken cancellationToken)
    {
        var cycles = new List<CycleRecord>();
        await foreach (TableEntity entity in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {CycleEntity.RowKey}"), cancellationToken: cancellationToken))
        {
            cycles.Add(CycleEntity.ToCycle(entity));
        }

        return cycles;
    }

    public async Task<bool> TryAddCycleAsync(CycleRecord cycle, CancellationToken cancellationToken)
    {
        try
        {
            await Table.AddEntityAsync(CycleEntity.ToEntity(cycle), cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }
}
