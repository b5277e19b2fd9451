using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>
/// Maps <see cref="AuditEvent"/> to row <c>audit|{ISO3}|{ticks}|{hash of id}</c> in the cycle's
/// partition: a country's timeline is one range query, oldest first by key.
/// </summary>
public static class AuditEntity
{
    public static string Prefix(string country) => $"audit|{country}|";

    public static string PrefixEnd(string country) => $"audit|{country}}}";

    public static TableEntity ToEntity(AuditEvent a) => new(a.CycleId, string.Create(CultureInfo.InvariantCulture, $"{Prefix(a.Country)}{a.AtUtc.Ticks:D19}|{Hash(a.Id)}"))
    {
        ["Country"] = a.Country,
        ["AtUtc"] = DateTime.SpecifyKind(a.AtUtc, DateTimeKind.Utc),
        ["Kind"] = a.Kind,
        ["Step"] = a.Step?.ToString(),
        ["Actor"] = a.Actor,
        ["Detail"] = a.Detail,
        ["EventId"] = a.Id,
        ["Recipients"] = a.Recipients is null ? null : JsonSerializer.Serialize(a.Recipients),
    };

    public static AuditEvent FromEntity(TableEntity e)
    {
        string? detail = e.GetString("Detail");
        IReadOnlyList<string>? recipients = e.GetString("Recipients") is string json ? JsonSerializer.Deserialize<string[]>(json) : null;
        if (recipients is null && e.GetString("Actor") == SystemActor && detail?.StartsWith(LegacyRecipientsPrefix, StringComparison.Ordinal) == true)
        {
            // Rows of the first release held the addresses in the detail ("to a@x, b@y").
            recipients = detail[LegacyRecipientsPrefix.Length..].Split(", ", StringSplitOptions.RemoveEmptyEntries);
            detail = null;
        }

        return new AuditEvent(
            e.PartitionKey,
            e.GetString("Country"),
            e.GetUtc("AtUtc")!.Value,
            e.GetString("Kind"),
            e.GetString("Step") is string step ? Enum.Parse<StrategyStep>(step) : null,
            e.GetString("Actor"),
            detail,
            e.GetString("EventId"),
            recipients);
    }

    /// <summary>The actor of what the workflow does by itself (messages sent): <see cref="AuditEvent.SystemActor"/>.</summary>
    public const string SystemActor = AuditEvent.SystemActor;

    private const string LegacyRecipientsPrefix = "to ";

    private static string Hash(string id) => TableEntityExtensions.Sha256Hex(id)[..16];
}
