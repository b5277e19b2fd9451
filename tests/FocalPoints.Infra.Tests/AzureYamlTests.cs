using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

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
        JsonNode azureYaml = YamlDocuments.Read(RepositoryFiles.Read("azure.yaml"))[0]!;

        Assert.Equal(">= 1.25.6", (string?)azureYaml["requiredVersions"]?["azd"]);
    }

    private static EvaluationResults Evaluate(string yaml) =>
        Schema.Evaluate(JsonSerializer.SerializeToElement(YamlDocuments.Read(yaml)[0]), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Errors(EvaluationResults results) => string.Join(
        Environment.NewLine,
        (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
}
