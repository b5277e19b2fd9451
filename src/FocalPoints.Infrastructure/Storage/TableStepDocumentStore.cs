using Azure;
using Azure.Data.Tables;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>
/// Table Storage implementation of <see cref="IStepDocumentStore"/>, in the cycle's partition. Versions
/// and reviews are written with the step's progress by <see cref="TableStrategyRepository"/>.
/// </summary>
public sealed class TableStepDocumentStore(TableServiceClient tables, ICycleStore cycles) : IStepDocumentStore
{
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

        NullableResponse<TableEntity> found = await Table.GetEntityIfExistsAsync<TableEntity>(cycleId, StepRows.Submission(country, step, version), cancellationToken: cancellationToken);
        if (!found.HasValue)
        {
            return null;
        }

        return StepRows.ToSubmission(found.Value!, step, version);
    }

    public async Task<StoredReview?> GetReviewAsync(string cycleId, string country, StrategyStep step, int version, CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> found = await Table.GetEntityIfExistsAsync<TableEntity>(cycleId, StepRows.Review(country, step, version), cancellationToken: cancellationToken);
        if (!found.HasValue)
        {
            return null;
        }

        return StepRows.ToReview(found.Value!, step, version);
    }
}
