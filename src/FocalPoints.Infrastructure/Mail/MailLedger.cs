using Azure;
using Azure.Data.Tables;
using FocalPoints.Infrastructure.Storage;

namespace FocalPoints.Infrastructure.Mail;

public enum LedgerState
{
    /// <summary>This attempt claimed the message: send it.</summary>
    Claimed,

    /// <summary>An earlier attempt claimed it and never recorded an outcome (it crashed, or Graph kept failing): send again.</summary>
    Unfinished,

    Sent,
    Failed,
}

/// <summary>
/// At most one e-mail per message id (instance, moment, recipient), however often an activity runs.
/// A row is claimed (<c>sending</c>) before Graph is called and settled (<c>sent</c>/<c>failed</c>)
/// after. A claim that was never settled means the process died between the two, or Graph failed
/// transiently; that message is sent again — the one place a duplicate can happen, chosen over
/// losing a message (see docs/email.md, "Exactly once, and the crash window").
/// </summary>
public sealed class MailLedger(TableServiceClient tables)
{
    private const string Partition = "mail";

    private TableClient Table => tables.GetTableClient(TableNames.MailLedger);

    public async Task<LedgerState> ClaimAsync(string messageId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        try
        {
            await Table.AddEntityAsync(new TableEntity(Partition, Key(messageId)) { ["MessageId"] = messageId, ["State"] = "sending", ["ClaimedUtc"] = nowUtc }, cancellationToken);
            return LedgerState.Claimed;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            TableEntity row = (await Table.GetEntityAsync<TableEntity>(Partition, Key(messageId), cancellationToken: cancellationToken)).Value;
            return row.GetString("State") switch
            {
                "sent" => LedgerState.Sent,
                "failed" => LedgerState.Failed,
                _ => LedgerState.Unfinished,
            };
        }
    }

    public Task SettleAsync(string messageId, bool sent, string? error, DateTime nowUtc, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(
            new TableEntity(Partition, Key(messageId)) { ["MessageId"] = messageId, ["State"] = sent ? "sent" : "failed", ["Error"] = error, ["SettledUtc"] = nowUtc },
            TableUpdateMode.Merge,
            cancellationToken);

    private static string Key(string messageId) => TableEntityExtensions.Sha256Hex(messageId);
}
