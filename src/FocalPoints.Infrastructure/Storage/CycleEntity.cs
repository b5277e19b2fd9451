using System.Text.Json;
using Azure.Data.Tables;
using FocalPoints.Application.Ports;
using FocalPoints.Domain;
using FocalPoints.Domain.Cycles;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>
/// Maps <see cref="CycleRecord"/> to its row in the cycle's partition. The row key sorts just before
/// every <c>progress|</c> row, so the network view reads the cycle and all its countries in one range
/// query over one partition.
/// </summary>
internal static class CycleEntity
{
    public const string RowKey = "progress";

    public static TableEntity ToEntity(CycleRecord cycle)
    {
        CycleDefinition d = cycle.Definition;
        return new TableEntity(d.CycleId, RowKey)
        {
            ["Title"] = d.Title,
            ["Countries"] = JsonSerializer.Serialize(d.Countries, DomainJson.Options),
            ["Schedule"] = JsonSerializer.Serialize(d.Schedule.ToInput(), DomainJson.Options),
            ["RequestHash"] = cycle.RequestHash,
            ["CreatedUtc"] = cycle.CreatedUtc,
        };
    }

    public static CycleRecord ToCycle(TableEntity e)
    {
        ScheduleInput schedule = JsonSerializer.Deserialize<ScheduleInput>(e.GetString("Schedule"), DomainJson.Options)!;
        var errors = new Domain.Validation.ValidationErrors();

        // The widest bounds: a stored cycle was accepted by the host it runs on.
        CycleDefinition definition = CycleRules.Validate(
            new CycleInput(e.PartitionKey, e.GetString("Title"), JsonSerializer.Deserialize<string[]>(e.GetString("Countries"), DomainJson.Options), schedule),
            errors,
            ScheduleBounds.ForDevelopment) ?? throw new InvalidDataException($"Stored cycle {e.PartitionKey} is not valid.");
        return new CycleRecord(definition, e.GetString("RequestHash"), e.GetUtc("CreatedUtc")!.Value);
    }
}
