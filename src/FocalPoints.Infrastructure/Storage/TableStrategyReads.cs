using Azure.Data.Tables;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>Table Storage implementation of <see cref="IStrategyReads"/>: range queries over one cycle's partition.</summary>
public sealed class TableStrategyReads(TableServiceClient tables) : IStrategyReads
{
    private TableClient Table => tables.GetTableClient(TableNames.Cycles);

    public async Task<NetworkView?> GetNetworkViewAsync(string cycleId, CancellationToken cancellationToken)
    {
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {cycleId} and RowKey ge {CycleEntity.RowKey} and RowKey lt {ProgressEntity.RowPrefixEnd}");
        CycleRecord? cycle = null;
        var progress = new List<StrategyProgress>();
        await foreach (TableEntity entity in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            if (entity.RowKey == CycleEntity.RowKey)
            {
                cycle = CycleEntity.ToCycle(entity);
            }
            else
            {
                progress.Add(ProgressEntity.FromEntity(entity));
            }
        }

        return cycle is null ? null : new NetworkView(cycle, progress);
    }

    public async Task<IReadOnlyList<AuditEvent>> ListAuditAsync(string cycleId, string country, CancellationToken cancellationToken)
    {
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {cycleId} and RowKey ge {AuditEntity.Prefix(country)} and RowKey lt {AuditEntity.PrefixEnd(country)}");
        var events = new List<AuditEvent>();
        await foreach (TableEntity entity in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            events.Add(AuditEntity.FromEntity(entity));
        }

        return events;
    }
}
