using Azure.Data.Tables;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>How a <see cref="PendingWorkflowEvent"/> is stored: an outbox row in its cycle's partition, written in the same transaction as the change it announces.</summary>
internal static class PendingWorkflowEventEntity
{
    internal const string RowPrefix = "outbox|";

    /// <summary>The first row key after every <see cref="RowPrefix"/> row (<c>}</c> sorts right after <c>|</c>).</summary>
    internal const string RowPrefixEnd = "outbox}";

    internal static string RowKey(this PendingWorkflowEvent pending) =>
        $"{RowPrefix}{pending.Country}|{pending.Step}|{pending.Version}|{(pending.Decision is null ? "submitted" : "reviewed")}";

    internal static TableEntity ToEntity(this PendingWorkflowEvent pending) => new(pending.CycleId, pending.RowKey())
    {
        ["Country"] = pending.Country,
        ["Step"] = pending.Step.ToString(),
        ["Version"] = pending.Version,
        ["Decision"] = pending.Decision?.ToString(),
        ["CommittedUtc"] = pending.CommittedUtc,
    };

    /// <summary>The stored event, or <c>null</c> for a row no version of this code wrote (it never blocks the others).</summary>
    internal static PendingWorkflowEvent? TryFromEntity(TableEntity e) =>
        Enum.TryParse(e.GetString("Step"), out StrategyStep step) && e.GetString("Country") is string country && e.GetInt32("Version") is int version
            ? new(
                e.PartitionKey,
                country,
                step,
                version,
                Enum.TryParse(e.GetString("Decision"), out ReviewDecision decision) ? decision : null,
                e.GetUtc("CommittedUtc") ?? DateTime.MinValue)
            : null;
}
