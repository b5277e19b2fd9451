using System.Text.Json;
using FocalPoints.Domain.Strategies.Kinds;

namespace FocalPoints.Domain.Strategies.Content;

/// <summary>Reads and writes a step's content as the JSON the API and storage carry; the type is the step kind's.</summary>
public static class StepContentJson
{
    public static Type ContentType(StrategyStep step) => StepKinds.Of(step).ContentType;

    /// <summary>Parses content; throws <see cref="JsonException"/> for JSON that is not the step's shape.</summary>
    public static StepContent Parse(StrategyStep step, ReadOnlyMemory<byte> utf8Json) =>
        (StepContent?)JsonSerializer.Deserialize(utf8Json.Span, ContentType(step), DomainJson.Options)
        ?? throw new JsonException("A JSON object is required.");

    public static StepContent Parse(StrategyStep step, string json) =>
        (StepContent?)JsonSerializer.Deserialize(json, ContentType(step), DomainJson.Options)
        ?? throw new JsonException("A JSON object is required.");

    /// <summary>The canonical form stored: only the contract's fields, camelCase.</summary>
    public static string Serialize(StepContent content) => JsonSerializer.Serialize(content, content.GetType(), DomainJson.Options);
}
