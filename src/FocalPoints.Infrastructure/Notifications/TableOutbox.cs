using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using FocalPoints.Application.Ports;
using FocalPoints.Domain;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;
using FocalPoints.Infrastructure.Storage;

namespace FocalPoints.Infrastructure.Notifications;

/// <summary>
/// The local outbox: every message is stored, one partition per cycle, keyed by its id so that an
/// insert of the same message twice is refused by the table itself. With the outbox sender this is
/// the delivery; with Graph it is the record of what was sent and how it went.
/// </summary>
public sealed class TableOutbox(TableServiceClient tables) : INotificationSender, IOutboxReader
{
    private const string NetworkPartition = "network";

    private TableClient Table => tables.GetTableClient(TableNames.Outbox);

    public Task<bool> SendAsync(OutboxMessage message, CancellationToken cancellationToken) => RecordAsync(message, cancellationToken);

    /// <summary>Stores the message unless one with its id is there; <c>false</c> if it was.</summary>
    public async Task<bool> RecordAsync(OutboxMessage message, CancellationToken cancellationToken)
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
            ["Delivery"] = message.Delivery,
            ["Error"] = message.Error,
        };
        try
        {
            await Table.AddEntityAsync(EntitySize.Checked(entity), cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Records how delivery of a stored message went.</summary>
    public Task SetDeliveryAsync(OutboxMessage message, string delivery, string? error, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(
            new TableEntity(message.CycleId ?? NetworkPartition, RowKey(message.Id)) { ["Delivery"] = delivery, ["Error"] = error },
            TableUpdateMode.Merge,
            cancellationToken);

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
                e.GetUtc("CreatedUtc")!.Value,
                e.GetString("Delivery") ?? OutboxMessage.Stored,
                e.GetString("Error")));
        }

        return messages.OrderBy(m => m.CreatedUtc).ThenBy(m => m.Id, StringComparer.Ordinal).ToArray();
    }

    // Ids carry ':' and '|', which row keys accept, but a hash keeps keys short and free of any
    // character a future id might bring (row keys refuse '/', '\\', '#', '?').
    private static string RowKey(string id) => TableEntityExtensions.Sha256Hex(id);
}
