using Azure.Data.Tables;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>
/// A workflow event stored in the same transaction as the submission or review it announces, and
/// removed once the workflow has been told. Whatever happens between the commit and the raise (a
/// failed call, a crash), the row stays until someone delivers it.
/// </summary>
/// <param name="CycleId">The cycle (the table partition the change was committed in).</param>
/// <param name="Country">The country whose workflow hears it.</param>
/// <param name="Step">The step submitted or reviewed.</param>
/// <param name="Version">The submitted version the event names.</param>
/// <param name="Decision">The review's decision; <c>null</c> for a submission.</param>
/// <param name="CommittedUtc">When the change was committed.</param>
public sealed record PendingWorkflowEvent(string CycleId, string Country, StrategyStep Step, int Version, ReviewDecision? Decision, DateTime CommittedUtc)
{
    internal const string RowPrefix = "handover|";

    /// <summary>The first row key after every <see cref="RowPrefix"/> row (<c>}</c> sorts right after <c>|</c>).</summary>
    internal const string RowPrefixEnd = "handover}";

    internal string RowKey => $"{RowPrefix}{Country}|{Step}|{Version}|{(Decision is null ? "submitted" : "reviewed")}";

    internal TableEntity ToEntity() => new(CycleId, RowKey)
    {
        ["Country"] = Country,
        ["Step"] = Step.ToString(),
        ["Version"] = Version,
        ["Decision"] = Decision?.ToString(),
        ["CommittedUtc"] = CommittedUtc,
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
