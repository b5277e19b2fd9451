using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using FocalPoints.Domain;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;
using FocalPoints.Infrastructure.Storage;

namespace FocalPoints.Infrastructure.Notifications;

/// <summary>
/// The local outbox: every message is stored, one partition per cycle, keyed by its id so that an
/// insert of the same message twice is refused by the table itself.
/// </summary>
public sealed class TableOutbox(TableServiceClient tables) : INotificationSender, IOutboxReader
{
    private const string NetworkPartition = "network";

    private TableClient Table => tables.GetTableClient(TableNames.Outbox);

    public async Task<bool> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(message.CycleId ?? NetworkPartition, RowKey(message.Id))
        {
            ["Id"] = message.Id,
            ["To"] = JsonSerializer.Serialize(message.To, DomainJson.Options),
            ["Moment"] = message.Moment.ToString(),
            ["Country"] = message.Country,
            ["Step"] = message.Step?.ToString(),
            ["Subject"] = message.Subject,
            ["Text"] = message.Text,
            ["Html"] = message.Html,
            ["CreatedUtc"] = message.CreatedUtc,
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

    public async Task<IReadOnlyList<OutboxMessage>> ListAsync(string? cycleId, CancellationToken cancellationToken)
    {
        AsyncPageable<TableEntity> rows = cycleId is null
            ? Table.QueryAsync<TableEntity>(cancellationToken: cancellationToken)
            : Table.QueryAsync<TableEntity>(e => e.PartitionKey == cycleId, cancellationToken: cancellationToken);
        var messages = new List<OutboxMessage>();
        await foreach (TableEntity e in rows)
        {
            string? step = e.GetString("Step");
            messages.Add(new OutboxMessage(
                e.GetString("Id"),
                JsonSerializer.Deserialize<string[]>(e.GetString("To"), DomainJson.Options) ?? [],
                Enum.Parse<NotificationMoment>(e.GetString("Moment")),
                e.PartitionKey == NetworkPartition ? null : e.PartitionKey,
                e.GetString("Country"),
                step is null ? null : Enum.Parse<StrategyStep>(step),
                e.GetString("Subject"),
                e.GetString("Text"),
                e.GetString("Html"),
                DateTime.SpecifyKind(e.GetDateTime("CreatedUtc")!.Value, DateTimeKind.Utc)));
        }

        return messages.OrderBy(m => m.CreatedUtc).ThenBy(m => m.Id, StringComparer.Ordinal).ToArray();
    }

    // Ids carry ':' and '|', which row keys accept, but a hash keeps keys short and free of any
    // character a future id might bring (row keys refuse '/', '\\', '#', '?').
    private static string RowKey(string id) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
}
