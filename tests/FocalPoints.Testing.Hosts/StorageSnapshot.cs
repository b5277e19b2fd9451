using System.Text;
using Azure.Data.Tables;
using FocalPoints.Infrastructure.Storage;

namespace FocalPoints.Testing.Hosts;

/// <summary>
/// Every row of the application's tables, with its ETag and properties, as text: two equal
/// snapshots mean nothing was written in between (an update changes the ETag even when it writes the same values).
/// </summary>
public static class StorageSnapshot
{
    public static async Task<string> TakeAsync(string connectionString)
    {
        var tables = new TableServiceClient(connectionString);
        var text = new StringBuilder();
        foreach (string name in TableNames.All)
        {
            await foreach (TableEntity row in tables.GetTableClient(name).QueryAsync<TableEntity>())
            {
                text.Append(name).Append('|').Append(row.PartitionKey).Append('|').Append(row.RowKey).Append('|').Append(row.ETag).Append('|');
                foreach (string key in row.Keys.Where(k => k is not "odata.etag" and not "Timestamp").Order(StringComparer.Ordinal))
                {
                    text.Append(key).Append('=').Append(row[key]).Append(';');
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }
}
