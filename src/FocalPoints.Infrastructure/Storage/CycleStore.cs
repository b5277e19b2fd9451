using System.Collections.Concurrent;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using FocalPoints.Application.Ports;
using FocalPoints.Domain;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>Table Storage implementation of <see cref="ICycleStore"/>.</summary>
public sealed class TableCycleStore(TableServiceClient tables) : ICycleStore
{
    // The cycle row sorts just before every "progress|" row, so the network view reads the cycle and
    // all its countries in one range query over one partition.
    private const string CycleRow = "progress";

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

        NullableResponse<TableEntity> row = await Table.GetEntityIfExistsAsync<TableEntity>(cycleId, CycleRow, cancellationToken: cancellationToken);
        return row.HasValue ? found.GetOrAdd(cycleId, ToCycle(row.Value!)) : null;
    }

    public async Task<IReadOnlyList<CycleRecord>> ListCyclesAsync(CancellationToken cancellationToken)
    {
        var cycles = new List<CycleRecord>();
        await foreach (TableEntity entity in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {CycleRow}"), cancellationToken: cancellationToken))
        {
            cycles.Add(ToCycle(entity));
        }

        return cycles;
    }

    public async Task AddAuditAsync(AuditEvent audit, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(AuditEntity.ToEntity(audit), TableUpdateMode.Replace, cancellationToken);

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

    private static CycleRecord ToCycle(TableEntity e)
    {
        ScheduleInput schedule = JsonSerializer.Deserialize<ScheduleInput>(e.GetString("Schedule"), DomainJson.Options)!;
        var errors = new Domain.Validation.ValidationErrors();

        // The widest bounds: a stored cycle was accepted by the host it runs on.
        CycleDefinition definition = CycleRules.Validate(
            new CycleInput(e.PartitionKey, e.GetString("Title"), JsonSerializer.Deserialize<string[]>(e.GetString("Countries"), DomainJson.Options), schedule),
            errors,
            ScheduleBounds.ForDevelopment) ?? throw new InvalidDataException($"Stored cycle {e.PartitionKey} is not valid.");
        return new CycleRecord(definition, e.GetString("RequestHash"), e.GetUtc("CreatedUtc")!.Value);
    }

    public async Task<bool> TryAddCycleAsync(CycleRecord cycle, CancellationToken cancellationToken)
    {
        CycleDefinition d = cycle.Definition;
        var entity = new TableEntity(d.CycleId, CycleRow)
        {
            ["Title"] = d.Title,
            ["Countries"] = JsonSerializer.Serialize(d.Countries, DomainJson.Options),
            ["Schedule"] = JsonSerializer.Serialize(d.Schedule.ToInput(), DomainJson.Options),
            ["RequestHash"] = cycle.RequestHash,
            ["CreatedUtc"] = cycle.CreatedUtc,
        };
        try
        {
            await Table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task AddMissingProgressAsync(string cycleId, IReadOnlyList<string> countries, DateTime nowUtc, CancellationToken cancellationToken, IReadOnlyDictionary<string, Domain.Network.Member>? members = null)
    {
        StrategyProgress Fresh(string country)
        {
            if (members?.TryGetValue(country, out Domain.Network.Member? member) == true)
            {
                return StrategyProgress.Start(cycleId, country, nowUtc, member.Name, member.RegionalGroup);
            }

            return Domain.Network.UnMemberStates.TryGet(country, out Domain.Network.UnMemberState state)
                ? StrategyProgress.Start(cycleId, country, nowUtc, state.Name, state.RegionalGroup)
                : StrategyProgress.Start(cycleId, country, nowUtc);
        }

        // A batch of inserts fails whole if any row exists; that only happens when an earlier attempt
        // was interrupted, and then rows are inserted one by one, skipping those already there.
        foreach (string[] chunk in countries.Chunk(100))
        {
            TableTransactionAction[] inserts = chunk
                .Select(c => new TableTransactionAction(TableTransactionActionType.Add, ProgressEntity.ToEntity(Fresh(c))))
                .ToArray();
            try
            {
                await Table.SubmitTransactionAsync(inserts, cancellationToken);
            }
            catch (TableTransactionFailedException e) when (e.Status == 409)
            {
                foreach (TableTransactionAction insert in inserts)
                {
                    try
                    {
                        await Table.AddEntityAsync((TableEntity)insert.Entity, cancellationToken);
                    }
                    catch (RequestFailedException conflict) when (conflict.Status == 409)
                    {
                        // Already there: keep it, it may have moved on.
                    }
                }
            }
        }
    }

    public async Task<NetworkView?> GetNetworkViewAsync(string cycleId, CancellationToken cancellationToken)
    {
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {cycleId} and RowKey ge {CycleRow} and RowKey lt {ProgressEntity.RowPrefixEnd}");
        CycleRecord? cycle = null;
        var progress = new List<StrategyProgress>();
        await foreach (TableEntity entity in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            if (entity.RowKey == CycleRow)
            {
                cycle = ToCycle(entity);
            }
            else
            {
                progress.Add(ProgressEntity.FromEntity(entity));
            }
        }

        return cycle is null ? null : new NetworkView(cycle, progress);
    }

    public async Task<Versioned<StrategyProgress>?> GetProgressAsync(string cycleId, string country, CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> found = await Table.GetEntityIfExistsAsync<TableEntity>(cycleId, ProgressEntity.RowKey(country), cancellationToken: cancellationToken);
        return found.HasValue ? new Versioned<StrategyProgress>(ProgressEntity.FromEntity(found.Value!), found.Value!.ETag.ToString()) : null;
    }
}
