using System.Globalization;
using Azure.Data.Tables;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>
/// Table Storage implementation of <see cref="IInsightReads"/>: the cycle row, the progress rows and the
/// submission rows of one cycle's partition in one query (pages of 1,000 rows), never a read per country.
/// </summary>
public sealed class TableInsightReads(TableServiceClient tables) : IInsightReads
{
    private const string SubmissionPrefix = "submission|";
    private const string SubmissionPrefixEnd = "submission}";

    private TableClient Table => tables.GetTableClient(TableNames.Cycles);

    public async Task<CycleSubmissions?> GetCycleSubmissionsAsync(string cycleId, CancellationToken cancellationToken)
    {
        string filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {cycleId} and ((RowKey ge {CycleEntity.RowKey} and RowKey lt {ProgressEntity.RowPrefixEnd}) or (RowKey ge {SubmissionPrefix} and RowKey lt {SubmissionPrefixEnd}))");
        CycleRecord? cycle = null;
        var progress = new List<StrategyProgress>();
        var submissions = new List<CountrySubmission>();
        await foreach (TableEntity entity in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            if (entity.RowKey == CycleEntity.RowKey)
            {
                cycle = CycleEntity.ToCycle(entity);
            }
            else if (entity.RowKey.StartsWith(ProgressEntity.RowPrefix, StringComparison.Ordinal))
            {
                progress.Add(ProgressEntity.FromEntity(entity));
            }
            else if (Submission(entity.RowKey) is (string country, StrategyStep step, int version))
            {
                submissions.Add(new CountrySubmission(country, step, version, ContentChunks.Read(entity)));
            }
        }

        return cycle is null ? null : new CycleSubmissions(new NetworkView(cycle, progress), submissions);
    }

    /// <summary>The country, step and version of a <c>submission|{ISO3}|{step}|{0001}</c> row key.</summary>
    private static (string Country, StrategyStep Step, int Version)? Submission(string rowKey)
    {
        string[] parts = rowKey.Split('|');
        return parts.Length == 4
            && Enum.TryParse(parts[2], out StrategyStep step)
            && int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out int version)
            ? (parts[1], step, version)
            : null;
    }
}
