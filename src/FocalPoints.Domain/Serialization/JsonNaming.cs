using System.Text.Json;

namespace FocalPoints.Domain;

/// <summary>The one naming rule of the API: camelCase.</summary>
public static class JsonNaming
{
    /// <summary>camelCase of a .NET name (<c>RiskAssessment</c> → <c>riskAssessment</c>).</summary>
    public static string CamelCase(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
