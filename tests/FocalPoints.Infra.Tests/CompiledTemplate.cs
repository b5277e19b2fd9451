using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FocalPoints.Infra.Tests;

/// <summary>A resource of the compiled template and the (nested) template that declares it.</summary>
internal sealed record TemplateResource(JsonObject Resource, JsonObject Template)
{
    public string Type => (string)Resource["type"]!;

    public string Name => (string)Resource["name"]!;

    public JsonNode? Properties => Resource["properties"];

    /// <summary>An expression or value with the template's <c>variables('x')</c> replaced by their values where they are strings.</summary>
    public string Resolve(string value) => CompiledTemplate.ResolveVariables(value, Template);
}

/// <summary>
/// <c>infra/main.bicep</c> compiled once by <c>bicep build</c>: the ARM JSON and every resource in it,
/// those of the modules (nested deployments) included.
/// </summary>
internal static partial class CompiledTemplate
{
    private static readonly Lazy<(JsonObject Json, string Diagnostics)> Build = new(() =>
    {
        (int exitCode, string output, string errors) = BicepCli.Run("build", "main.bicep", "--stdout");
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"bicep build failed ({exitCode}): {errors}");
        }
        return (JsonNode.Parse(output)!.AsObject(), errors);
    });

    public static JsonObject Main => Build.Value.Json;

    /// <summary>What <c>bicep build</c> wrote to standard error (warnings and errors).</summary>
    public static string BuildDiagnostics => Build.Value.Diagnostics;

    /// <summary>Every template: the main one and each module's.</summary>
    public static IEnumerable<JsonObject> Templates => Walk(Main).Select(r => r.Template).Prepend(Main).Distinct();

    /// <summary>Every resource of every template, modules included (the deployments themselves too).</summary>
    public static IReadOnlyList<TemplateResource> Resources { get; } = Walk(Main).ToArray();

    public static IEnumerable<TemplateResource> OfType(string type) =>
        Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    public static TemplateResource Single(string type) => Assert.Single(OfType(type));

    /// <summary>Every string anywhere in the compiled template (keys and values).</summary>
    public static IEnumerable<string> AllStrings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => AllStrings(p.Value).Prepend(p.Key)),
        JsonArray a => a.SelectMany(AllStrings),
        JsonValue v when v.TryGetValue(out string? s) => [s],
        _ => [],
    };

    public static string ResolveVariables(string value, JsonObject template)
    {
        JsonObject variables = template["variables"]?.AsObject() ?? [];
        // Variables may name each other; a few passes resolve the chains a template has.
        for (int pass = 0; pass < 5; pass++)
        {
            value = VariableReference().Replace(value, m =>
                variables[m.Groups["name"].Value] is JsonValue v && v.TryGetValue(out string? s)
                    ? (s.StartsWith('[') && s.EndsWith(']') ? s[1..^1] : $"'{s}'")
                    : m.Value);
        }
        return value;
    }

    private static IEnumerable<TemplateResource> Walk(JsonObject template)
    {
        foreach (JsonObject resource in template["resources"]!.AsArray().Select(r => r!.AsObject()))
        {
            yield return new TemplateResource(resource, template);
            if (resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (TemplateResource inner in Walk(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    [GeneratedRegex(@"variables\('(?<name>[^']+)'\)")]
    private static partial Regex VariableReference();
}
