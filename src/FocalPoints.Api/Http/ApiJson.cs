using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FocalPoints.Domain;

namespace FocalPoints.Api.Http;

/// <summary>
/// ASP.NET Core's JSON options (what <c>TypedResults.Ok</c> and the other typed answers write, and what
/// the OpenAPI document describes) set to the answers of <see cref="DomainJson"/>: camelCase, enums as
/// camelCase strings, nulls left out, accents as written. Numbers are numbers (no strings read for
/// them), so the OpenAPI schemas say so too. Request bodies are read by <see cref="JsonBody"/>, with
/// the domain's own, stricter rules.
/// </summary>
public static class ApiJson
{
    public static void Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    }
}
