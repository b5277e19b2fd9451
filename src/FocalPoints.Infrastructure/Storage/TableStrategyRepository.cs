using Azure;
using Azure.Data.Tables;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>
/// Table Storage implementation of <see cref="IStrategyRepository"/>: a strategy is its progress row,
/// and a change is written in one entity-group transaction in the cycle's partition. It decides
/// nothing; it only tells its own committed write from another writer's. The only writer of progress rows.
/// </summary>
public sealed class TableStrategyRepository(TableServiceClient tables) : IStrategyRepository
{
    private TableClient Table => tables.GetTableClient(TableNames.Cycles);

    public async Task AddMissingAsync(IReadOnlyList<StrategyProgress> started, CancellationToken cancellationToken)
    {
        // A batch of inserts fails whole if any row exists; that only happens when an earlier attempt
        // was interrupted, and then rows are inserted one by one, skipping those already there. A batch
        // holds one partition: the strategies are grouped by cycle.
        foreach (StrategyProgress[] chunk in started.GroupBy(s => s.CycleId, StringComparer.Ordinal).SelectMany(cycle => cycle.Chunk(100)))
        {
            TableTransactionAction[] inserts = chunk
                .Select(s => new TableTransactionAction(TableTransactionActionType.Add, ProgressEntity.ToEntity(s)))
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

    public async Task<Strategy?> LoadAsync(string cycleId, string country, SubmissionKey? key, CancellationToken cancellationToken)
    {
        // The key's row beside the progress row, not after it: a load costs one round trip.
        Task<NullableResponse<TableEntity>> progress = Table.GetEntityIfExistsAsync<TableEntity>(cycleId, ProgressEntity.RowKey(country), cancellationToken: cancellationToken);
        Task<NullableResponse<TableEntity>>? receipt = key is null
            ? null
            : Table.GetEntityIfExistsAsync<TableEntity>(cycleId, StepRows.Key(country, key.Step, key.KeyHash), cancellationToken: cancellationToken);
        await (receipt is null ? (Task)progress : Task.WhenAll(progress, receipt));
        NullableResponse<TableEntity> row = await progress;
        KeyLookup? lookup = null;
        if (receipt is not null)
        {
            NullableResponse<TableEntity> stored = await receipt;
            lookup = new KeyLookup(
                key!.KeyHash,
                stored.HasValue ? new SubmissionReceipt(key.Step, key.KeyHash, stored.Value!.GetString("BodyHash"), stored.Value.GetInt32("Version") ?? 0) : null);
        }

        return row.HasValue ? new Strategy(ProgressEntity.FromEntity(row.Value!), row.Value!.ETag.ToString()) { Key = lookup } : null;
    }

    public async Task<bool> SaveAsync(StrategyChange change, CancellationToken cancellationToken)
    {
        StrategyProgress progress = change.Progress;
        (string cycleId, string country) = (progress.CycleId, progress.Country);
        string writeId = WriteId.New();
        var actions = new List<TableTransactionAction>();
        if (PendingWorkflowEvent.Of(change) is { } pending)
        {
            actions.Add(new(TableTransactionActionType.UpsertReplace, pending.ToEntity()));
        }

        actions.Add(new(TableTransactionActionType.UpdateReplace, EntitySize.Checked(ProgressEntity.ToEntity(progress)), new ETag(change.ETag)));

        // The row this write adds, by which it knows its own commit whose answer was lost.
        TableEntity? added = null;
        if (change.Submission is { } s)
        {
            added = new TableEntity(cycleId, StepRows.Submission(country, s.Step, s.Version))
            {
                ["Actor"] = s.Actor,
                ["SubmittedUtc"] = s.SubmittedUtc,
                [WriteId.Column] = writeId,
            };
            ContentChunks.Write(added, s.ContentJson);
            actions.Add(new(TableTransactionActionType.Add, EntitySize.Checked(added)));
        }

        if (change.Review is { } r)
        {
            added = new TableEntity(cycleId, StepRows.Review(country, r.Step, r.Version))
            {
                ["Decision"] = r.Decision.ToString(),
                ["Comments"] = r.Comments,
                ["Actor"] = r.Actor,
                ["ReviewedUtc"] = r.ReviewedUtc,
                [WriteId.Column] = writeId,
            };
            actions.Add(new(TableTransactionActionType.Add, EntitySize.Checked(added)));
        }

        if (change.Audit is { } audit)
        {
            actions.Add(new(TableTransactionActionType.UpsertReplace, AuditEntity.ToEntity(audit)));
        }

        if (change.Receipt is { } receipt)
        {
            actions.Add(new(TableTransactionActionType.Add, new TableEntity(cycleId, StepRows.Key(country, receipt.Step, receipt.KeyHash))
            {
                ["Version"] = receipt.Version,
                ["BodyHash"] = receipt.BodyHash,
            }));
        }

        try
        {
            await Table.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            // This very transaction may have committed and its answer been lost (the SDK then sent it
            // again, which the stored change refuses): that is this write, not a conflict.
            return added is not null && await WriteId.IsStoredAsync(Table, cycleId, added.RowKey, writeId, cancellationToken);
        }
    }

    public async Task AddToTimelineAsync(AuditEvent sent, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(AuditEntity.ToEntity(sent), TableUpdateMode.Replace, cancellationToken);
}

/// <summary>The row keys of a step's documents in the cycle's partition.</summary>
internal static class StepRows
{
    public static string Submission(string country, StrategyStep step, int version) => $"submission|{country}|{step}|{version:D4}";

    public static string Review(string country, StrategyStep step, int version) => $"review|{country}|{step}|{version:D4}";

    /// <summary>The row of an Idempotency-Key (by its fingerprint) of a submission of <paramref name="step"/>.</summary>
    public static string Key(string country, StrategyStep step, string keyHash) => $"idempotency|{country}|{step}|{keyHash}";

    /// <summary>The submission a <see cref="Submission"/> row holds.</summary>
    public static StoredSubmission ToSubmission(TableEntity e, StrategyStep step, int version) =>
        new(step, version, ContentChunks.Read(e), e.GetString("Actor"), e.GetUtc("SubmittedUtc")!.Value);

    /// <summary>The review a <see cref="Review"/> row holds.</summary>
    public static StoredReview ToReview(TableEntity e, StrategyStep step, int version) =>
        new(step, version, Enum.Parse<ReviewDecision>(e.GetString("Decision")), e.GetString("Comments"), e.GetString("Actor"), e.GetUtc("ReviewedUtc")!.Value);
}
