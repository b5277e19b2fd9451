using System.Globalization;
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
    };

    public static AuditEvent FromEntity(TableEntity e) => new(
        e.PartitionKey,
        e.GetString("Country"),
        e.GetUtc("AtUtc")!.Value,
        e.GetString("Kind"),
        e.GetString("Step") is string step ? Enum.Parse<StrategyStep>(step) : null,
        e.GetString("Actor"),
        e.GetString("Detail"),
        e.GetString("EventId"));

    private static string Hash(string id) => TableEntityExtensions.Sha256Hex(id)[..16];
}
