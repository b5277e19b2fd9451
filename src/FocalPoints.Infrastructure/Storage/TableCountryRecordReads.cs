using System.Globalization;
using Azure.Data.Tables;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>
/// Table Storage implementation of <see cref="ICountryRecordReads"/>: one query over the cycle's
/// partition for the country's rows (<c>progress|</c>, <c>submission|</c>, <c>review|</c>, <c>draft|</c>,
/// <c>audit|</c>), never a read per step or per version.
/// </summary>
public sealed class TableCountryRecordReads(TableServiceClient tables) : ICountryRecordReads
{
    private TableClient Table => tables.GetTableClient(TableNames.Cycles);

    public async Task<CountryCycleRows?> ReadCountryAsync(string cycleId, string country, CancellationToken cancellationToken)
    {
        string progressKey = ProgressEntity.RowKey(country);
        string submissions = $"submission|{country}|";
        string reviews = $"review|{country}|";
        string drafts = $"draft|{country}|";
        string filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {cycleId} and (RowKey eq {progressKey} or (RowKey ge {submissions} and RowKey lt {End(submissions)}) or (RowKey ge {reviews} and RowKey lt {End(reviews)}) or (RowKey ge {drafts} and RowKey lt {End(drafts)}) or (RowKey ge {AuditEntity.Prefix(country)} and RowKey lt {AuditEntity.PrefixEnd(country)}))");

        StrategyProgress? progress = null;
        var submitted = new List<StoredSubmission>();
        var reviewed = new List<StoredReview>();
        var drafted = new Dictionary<StrategyStep, string>();
        var timeline = new List<AuditEvent>();
        await foreach (TableEntity e in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            string[] key = e.RowKey.Split('|');
            switch (key[0])
            {
                case "progress":
                    progress = ProgressEntity.FromEntity(e);
                    break;
                case "submission" when Enum.TryParse(key[2], out StrategyStep step):
                    submitted.Add(StepRows.ToSubmission(e, step, Version(key[3])));
                    break;
                case "review" when Enum.TryParse(key[2], out StrategyStep step):
                    reviewed.Add(StepRows.ToReview(e, step, Version(key[3])));
                    break;
                case "draft" when Enum.TryParse(key[2], out StrategyStep step):
                    drafted[step] = ContentChunks.Read(e);
                    break;
                case "audit":
                    timeline.Add(AuditEntity.FromEntity(e));
                    break;
            }
        }

        return progress is null ? null : new CountryCycleRows(progress, submitted, reviewed, drafted, timeline);
    }

    private static int Version(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The first row key after every key that starts with <paramref name="prefix"/> (which ends in <c>'|'</c>; <c>'}'</c> follows it).</summary>
    private static string End(string prefix) => prefix[..^1] + "}";
}
