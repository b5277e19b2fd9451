using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace FocalPoints.Infra.Tests;

/// <summary>
/// <c>azure.yaml</c> is what azd's own JSON schema allows (committed in <c>Schemas/</c>: azd's
/// <c>schemas/v1.0/azure.yaml.json</c>), and it names the azd it needs: older ones deploy the
/// portal to a staging environment, which the Bicep turns off.
/// </summary>
public sealed class AzureYamlTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Schemas", "azure.yaml.json"));

    [Fact]
    public void Azure_yaml_is_valid_against_azd_s_schema()
    {
        EvaluationResults results = Evaluate(RepositoryFiles.Read("azure.yaml"));

        Assert.True(results.IsValid, Errors(results));
    }

    [Theory]
    [InlineData("name: focalpoints\nrequiredVersions:\n  adz: \">= 1.25.6\"\n")]
    [InlineData("name: FocalPoints\n")]
    [InlineData("name: focalpoints\nhooks:\n  preprovision:\n    run: bash infra/hooks/app-registration.sh\n    interactive: yes please\n")]
    public void The_schema_check_finds_a_misspelt_key_a_wrong_name_and_a_wrong_type(string yaml)
    {
        Assert.False(Evaluate(yaml).IsValid, yaml);
    }

    [Fact]
    public void Azure_yaml_requires_azd_1_25_6_or_newer()
    {
        JsonNode azureYaml = ToJson(RepositoryFiles.Read("azure.yaml"))!;

        Assert.Equal(">= 1.25.6", (string?)azureYaml["requiredVersions"]?["azd"]);
    }

    private static EvaluationResults Evaluate(string yaml) =>
        Schema.Evaluate(JsonSerializer.SerializeToElement(ToJson(yaml)), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Errors(EvaluationResults results) => string.Join(
        Environment.NewLine,
        (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    /// <summary>The YAML document as JSON, its plain scalars typed as YAML 1.2's core schema types them (true, 3, null).</summary>
    private static JsonNode? ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return ToJson(stream.Documents[0].RootNode);
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(ToJson)]),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "false" } scalar => JsonValue.Create(scalar.Value == "true"),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "null" or "~" or "" } => null,
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar when decimal.TryParse(scalar.Value, System.Globalization.CultureInfo.InvariantCulture, out decimal number) => JsonValue.Create(number),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new NotSupportedException(node.NodeType.ToString()),
    };
}
