using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace FocalPoints.Infra.Tests;

/// <summary>YAML files (azure.yaml, Kubernetes manifests) read as JSON, to check them as the tools that read them would.</summary>
internal static class YamlDocuments
{
    /// <summary>Each document of the YAML text as JSON, its plain scalars typed as YAML 1.2's core schema types them (true, 3, null).</summary>
    public static JsonNode?[] Read(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return [.. stream.Documents.Select(d => ToJson(d.RootNode))];
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(ToJson)]),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "false" } scalar => JsonValue.Create(scalar.Value == "true"),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "null" or "~" or "" } => null,
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar when long.TryParse(scalar.Value, System.Globalization.CultureInfo.InvariantCulture, out long integer) => JsonValue.Create(integer),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar when decimal.TryParse(scalar.Value, System.Globalization.CultureInfo.InvariantCulture, out decimal number) => JsonValue.Create(number),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new NotSupportedException(node.NodeType.ToString()),
    };
}
