using Azure;
using Azure.Data.Tables;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>Table Storage implementation of <see cref="IStepDocumentStore"/>, in the cycle's partition.</summary>
public sealed class TableStepDocumentStore(TableServiceClient tables, ICycleStore cycles) : IStepDocumentStore
{
    private const int MaxReviewAttempts = 5;

    private TableClient Table => tables.GetTableClient(TableNames.Cycles);

    public async Task PutDraftAsync(string cycleId, string country, StrategyStep step, string contentJson, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(cycleId, $"draft|{country}|{step}");
        ContentChunks.Write(entity, contentJson);
        await Table.UpsertEntityAsync(EntitySize.Checked(entity), TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<string?> GetDraftAsync(string cycleId, string country, StrategyStep step, CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> found = await Table.GetEntityIfExistsAsync<TableEntity>(cycleId, $"draft|{country}|{step}", cancellationToken: cancellationToken);
        return found.HasValue ? ContentChunks.Read(found.Value!) : null;
    }

    /// <summary>
    /// Stores the submission. The first attempt starts from the progress row the caller read, with no
    /// read of its own when the key is new: a key seen before makes the transaction fail (its row
    /// exists) or the step refuse, and the stored answer is then looked up. Every later attempt, after
    /// another writer won, reads afresh.
    /// </summary>
    public Task<SubmitOutcome> SubmitAsync(SubmitCommand command, CancellationToken cancellationToken) =>
        SubmitAsync(command, WriteId.New(), cancellationToken);

    private async Task<SubmitOutcome> SubmitAsync(SubmitCommand command, string writeId, CancellationToken cancellationToken)
    {
        string? keyRow = command.IdempotencyKey is null ? null : $"idempotency|{command.Country}|{command.Step}|{TableEntityExtensions.Sha256Hex(command.IdempotencyKey)}";
        string bodyHash = TableEntityExtensions.Sha256Hex(command.ContentJson);
        if (command.Read is null && await FindByKeyAsync(command.CycleId, keyRow, bodyHash, cancellationToken) is SubmitOutcome seen)
        {
            return seen;
        }

        Versioned<StrategyProgress>? current = command.Read ?? await cycles.GetProgressAsync(command.CycleId, command.Country, cancellationToken);
        if (current is null)
        {
            return new SubmitOutcome(SubmitResult.Refused, 0, "The country takes no part in this cycle.");
        }

        if (current.Value.RefuseSubmission(command.Step) is string reason)
        {
            // A request with the same key may have been accepted between the two reads above.
            return await FindByKeyAsync(command.CycleId, keyRow, bodyHash, cancellationToken)
                ?? new SubmitOutcome(SubmitResult.Refused, 0, reason);
        }

        StrategyProgress updated = current.Value.Submitted(command.Step, command.NowUtc);
        int version = updated[command.Step].SubmittedVersions;
        var submission = new TableEntity(command.CycleId, SubmissionRow(command.Country, command.Step, version))
        {
            ["Actor"] = command.Actor,
            ["SubmittedUtc"] = command.NowUtc,
            [WriteId.Column] = writeId,
        };
        ContentChunks.Write(submission, command.ContentJson);
        var handOver = new PendingWorkflowEvent(command.CycleId, command.Country, command.Step, version, null, command.NowUtc);
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.UpsertReplace, handOver.ToEntity()),
            new(TableTransactionActionType.UpdateReplace, EntitySize.Checked(ProgressEntity.ToEntity(updated)), new Azure.ETag(current.ETag)),
            new(TableTransactionActionType.Add, EntitySize.Checked(submission)),
            new(TableTransactionActionType.UpsertReplace, AuditEntity.ToEntity(new AuditEvent(
                command.CycleId, command.Country, command.NowUtc, "submission", command.Step, command.Actor, $"version {version}", $"submission|{command.Step}|{version}"))),
        };
        if (keyRow is not null)
        {
            actions.Add(new(TableTransactionActionType.Add, new TableEntity(command.CycleId, keyRow) { ["Version"] = version, ["BodyHash"] = bodyHash }));
        }

        try
        {
            await Table.SubmitTransactionAsync(actions, cancellationToken);
            return new SubmitOutcome(SubmitResult.Accepted, version, null, handOver);
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            // This very transaction may have committed and its answer been lost (the SDK then sent it
            // again, which the stored change refuses): it is accepted, not a conflict.
            if (await WriteId.IsStoredAsync(Table, command.CycleId, submission.RowKey, writeId, cancellationToken))
            {
                return new SubmitOutcome(SubmitResult.Accepted, version, null, handOver);
            }

            // Another writer moved this step (or took this Idempotency-Key) first. Decide again on
            // what is stored now: a repeat of the same key is a duplicate, anything else a refusal.
            return await SubmitAsync(command with { Read = null }, writeId, cancellationToken);
        }
    }

    private async Task<SubmitOutcome?> FindByKeyAsync(string cycleId, string? keyRow, string bodyHash, CancellationToken cancellationToken)
    {
        if (keyRow is null)
        {
            return null;
        }

        NullableResponse<TableEntity> seen = await Table.GetEntityIfExistsAsync<TableEntity>(cycleId, keyRow, cancellationToken: cancellationToken);
        if (!seen.HasValue)
        {
            return null;
        }

        return seen.Value!.GetString("BodyHash") == bodyHash
            ? new SubmitOutcome(SubmitResult.Duplicate, seen.Value.GetInt32("Version") ?? 0, null)
            : new SubmitOutcome(SubmitResult.IdempotencyKeyReused, 0, "This Idempotency-Key was used for a different submission.");
    }

    public Task<ReviewOutcome> ReviewAsync(ReviewCommand command, CancellationToken cancellationToken) => ReviewAsync(command, WriteId.New(), attempt: 1, cancellationToken);

    private async Task<ReviewOutcome> ReviewAsync(ReviewCommand command, string writeId, int attempt, CancellationToken cancellationToken)
    {
        Versioned<StrategyProgress>? current = (attempt == 1 ? command.Read : null) ?? await cycles.GetProgressAsync(command.CycleId, command.Country, cancellationToken);
        if (current is null)
        {
            return new ReviewOutcome(false, 0, "The country takes no part in this cycle.");
        }

        if (current.Value.RefuseReview(command.Step) is string reason)
        {
            return new ReviewOutcome(false, 0, reason);
        }

        // The coordinator decided on the version the request read: a newer one submitted since is theirs to read first.
        if (command.Read is { } read && read.Value[command.Step].SubmittedVersions != current.Value[command.Step].SubmittedVersions)
        {
            return new ReviewOutcome(false, 0, "A newer version of this step was submitted since it was opened for review; read it before deciding.");
        }

        int version = current.Value[command.Step].SubmittedVersions;
        StrategyProgress updated = current.Value.Decided(command.Step, command.Decision, command.Comments, command.NowUtc, command.StepDuration);
        var review = new TableEntity(command.CycleId, ReviewRow(command.Country, command.Step, version))
        {
            ["Decision"] = command.Decision.ToString(),
            ["Comments"] = command.Comments,
            ["Actor"] = command.Actor,
            ["ReviewedUtc"] = command.NowUtc,
            [WriteId.Column] = writeId,
        };
        var handOver = new PendingWorkflowEvent(command.CycleId, command.Country, command.Step, version, command.Decision, command.NowUtc);
        try
        {
            await Table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.UpsertReplace, handOver.ToEntity()),
                    new TableTransactionAction(TableTransactionActionType.UpdateReplace, EntitySize.Checked(ProgressEntity.ToEntity(updated)), new Azure.ETag(current.ETag)),
                    new TableTransactionAction(TableTransactionActionType.Add, EntitySize.Checked(review)),
                    new TableTransactionAction(TableTransactionActionType.UpsertReplace, AuditEntity.ToEntity(new AuditEvent(
                        command.CycleId, command.Country, command.NowUtc, "review", command.Step, command.Actor,
                        // The decision only: the comments are free text about the step, kept with the review, never in the audit line.
                        Domain.JsonNaming.CamelCase(command.Decision.ToString()),
                        $"review|{command.Step}|{version}"))),
                ],
                cancellationToken);
            return new ReviewOutcome(true, version, null, handOver);
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            // This very transaction may have committed and its answer been lost (the SDK then sent it again).
            if (await WriteId.IsStoredAsync(Table, command.CycleId, review.RowKey, writeId, cancellationToken))
            {
                return new ReviewOutcome(true, version, null, handOver);
            }

            // The row moved since it was read: another review, or the workflow's own write (a reminder,
            // a new due date). Decide again on what is stored now: a second review is then refused.
            return attempt < MaxReviewAttempts
                ? await ReviewAsync(command, writeId, attempt + 1, cancellationToken)
                : new ReviewOutcome(false, 0, "Another review of this submission was recorded at the same time.");
        }
    }

    public async Task<IReadOnlyList<PendingWorkflowEvent>> ListPendingEventsAsync(DateTime committedBefore, CancellationToken cancellationToken)
    {
        // One range query per cycle partition: never a scan of every draft and submission.
        var pending = new List<PendingWorkflowEvent>();
        foreach (CycleRecord cycle in await cycles.ListCyclesAsync(cancellationToken))
        {
            string filter = TableClient.CreateQueryFilter(
                $"PartitionKey eq {cycle.Definition.CycleId} and RowKey ge {PendingWorkflowEventEntity.RowPrefix} and RowKey lt {PendingWorkflowEventEntity.RowPrefixEnd} and CommittedUtc lt {committedBefore}");
            await foreach (TableEntity e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                if (PendingWorkflowEventEntity.TryFromEntity(e) is { } readable)
                {
                    pending.Add(readable);
                }
            }
        }

        return pending.OrderBy(p => p.CommittedUtc).ToArray();
    }

    public async Task RemovePendingEventAsync(PendingWorkflowEvent pending, CancellationToken cancellationToken) =>
        await Table.DeleteEntityAsync(pending.CycleId, pending.RowKey(), cancellationToken: cancellationToken);

    public async Task<StoredSubmission?> GetSubmissionAsync(string cycleId, string country, StrategyStep step, int version, CancellationToken cancellationToken)
    {
        if (version == 0)
        {
            return null;
        }

        NullableResponse<TableEntity> found = await Table.GetEntityIfExistsAsync<TableEntity>(cycleId, SubmissionRow(country, step, version), cancellationToken: cancellationToken);
        if (!found.HasValue)
        {
            return null;
        }

        TableEntity e = found.Value!;
        return new StoredSubmission(step, version, ContentChunks.Read(e), e.GetString("Actor"), e.GetUtc("SubmittedUtc")!.Value);
    }

    public async Task<StoredReview?> GetReviewAsync(string cycleId, string country, StrategyStep step, int version, CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> found = await Table.GetEntityIfExistsAsync<TableEntity>(cycleId, ReviewRow(country, step, version), cancellationToken: cancellationToken);
        if (!found.HasValue)
        {
            return null;
        }

        TableEntity e = found.Value!;
        return new StoredReview(step, version, Enum.Parse<ReviewDecision>(e.GetString("Decision")), e.GetString("Comments"), e.GetString("Actor"), e.GetUtc("ReviewedUtc")!.Value);
    }

    private static string ReviewRow(string country, StrategyStep step, int version) => $"review|{country}|{step}|{version:D4}";

    private static string SubmissionRow(string country, StrategyStep step, int version) => $"submission|{country}|{step}|{version:D4}";

}
