using System.Text.Json;
using FocalPoints.Domain;

namespace FocalPoints.Testing;

/// <summary>Tests write bodies with the API's own JSON rules (camelCase, enum strings).</summary>
public static class TestJson
{
    public static JsonSerializerOptions Options => DomainJson.Options;
}
