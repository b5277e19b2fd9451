using Azure;
using Azure.Data.Tables;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>
/// A random id a write stores in the row it adds, so that the writer can tell its own committed
/// change from someone else's: with bounded network timeouts, a transaction can commit and its
/// answer be lost, and the SDK's retry of it then fails on the change it made itself.
/// </summary>
internal static class WriteId
{
    public const string Column = "WriteId";

    public static string New() => Guid.NewGuid().ToString("N");

    /// <summary>Whether the row <paramref name="rowKey"/> exists and was added by the write <paramref name="writeId"/>.</summary>
    public static async Task<bool> IsStoredAsync(TableClient table, string partitionKey, string rowKey, string writeId, CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> row = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, [Column], cancellationToken);
        return row.HasValue && row.Value!.GetString(Column) == writeId;
    }
}
