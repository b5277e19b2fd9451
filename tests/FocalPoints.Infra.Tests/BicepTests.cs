using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FocalPoints.Infra.Tests;

/// <summary>
/// <c>bicep build</c> and <c>bicep lint</c> of <c>infra/main.bicep</c> say nothing (the analyzers run
/// at warning level, see <c>infra/bicepconfig.json</c>), and the template keeps azd's conventions.
/// </summary>
public sealed partial class BicepTests
{
    [Fact]
    public void Build_reports_no_warning_or_error()
    {
        Assert.Equal(string.Empty, CompiledTemplate.BuildDiagnostics.Trim());
    }

    [Fact]
    public void Lint_reports_no_warning_or_error()
    {
        (int exitCode, string output, string errors) = BicepCli.Run("lint", "main.bicep");

        Assert.Equal(string.Empty, (output + errors).Trim());
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public void The_analyzers_are_on_and_none_is_switched_off()
    {
        JsonNode analyzers = JsonNode.Parse(RepositoryFiles.Read("infra", "bicepconfig.json"))!["analyzers"]!["core"]!;
        string[] levels = analyzers["rules"]!.AsObject().Select(r => (string)r.Value!["level"]!).Distinct().ToArray();

        Assert.True((bool)analyzers["enabled"]!);
        Assert.Equal(["warning"], levels);
    }

    [Fact]
    public void Bicep_files_use_no_registry_module_and_silence_only_one_justified_rule()
    {
        string[] files = Directory.GetFiles(RepositoryFiles.PathOf("infra"), "*.bicep", SearchOption.AllDirectories);
        string[] suppressions = files.SelectMany(File.ReadAllLines).Where(l => l.Contains("#disable-", StringComparison.Ordinal)).Select(l => l.Trim()).ToArray();

        Assert.True(files.Length >= 2, "infra/main.bicep and its modules");
        Assert.DoesNotContain(files, f => File.ReadAllText(f).Contains("br/public:", StringComparison.Ordinal) || File.ReadAllText(f).Contains("br:", StringComparison.Ordinal));
        // The role assignments' names need the identity's principal id, which exists only once the identity does.
        Assert.Equal(["#disable-next-line what-if-short-circuiting"], suppressions);
    }

    [Fact]
    public void Every_parameter_of_every_template_has_a_description()
    {
        string[] undescribed = CompiledTemplate.Templates
            .SelectMany(t => (t["parameters"]?.AsObject() ?? []).Where(p => string.IsNullOrWhiteSpace((string?)p.Value!["metadata"]?["description"])).Select(p => p.Key))
            .ToArray();

        Assert.NotEmpty(CompiledTemplate.Main["parameters"]!.AsObject());
        Assert.Empty(undescribed);
    }

    [Fact]
    public void Outputs_are_upper_snake_case_for_azd()
    {
        string[] outputs = CompiledTemplate.Main["outputs"]!.AsObject().Select(o => o.Key).ToArray();

        Assert.Contains("AZURE_FUNCTION_APP_NAME", outputs);
        Assert.Contains("PORTAL_URL", outputs);
        Assert.All(outputs, o => Assert.Matches(UpperSnake(), o));
    }

    [Fact]
    public void Names_come_from_a_token_of_subscription_environment_and_location()
    {
        JsonObject main = CompiledTemplate.Main;
        string token = (string)main["variables"]!["resourceToken"]!;
        string[] moduleNames = CompiledTemplate.OfType("Microsoft.Resources/deployments")
            .Where(d => d.Template == main)
            .SelectMany(d => d.Properties!["parameters"]!.AsObject())
            .Where(p => p.Key == "name" || p.Key.EndsWith("Name", StringComparison.Ordinal))
            .Select(p => (string)p.Value!["value"]!)
            .ToArray();

        Assert.Equal("[toLower(uniqueString(subscription().id, parameters('environmentName'), parameters('location')))]", token);
        Assert.True(moduleNames.Length >= 8, string.Join(", ", moduleNames));
        Assert.All(moduleNames, n => Assert.Contains(token[1..^1], CompiledTemplate.ResolveVariables(n, main), StringComparison.Ordinal));
    }

    [Fact]
    public void Everything_carries_the_azd_environment_tag_and_the_two_services_their_service_tags()
    {
        JsonObject main = CompiledTemplate.Main;
        string[] taggable = ["Microsoft.Resources/resourceGroups", "Microsoft.ManagedIdentity/userAssignedIdentities", "Microsoft.Storage/storageAccounts",
            "Microsoft.OperationalInsights/workspaces", "Microsoft.Insights/components", "Microsoft.Web/serverfarms", "Microsoft.Web/sites", "Microsoft.Web/staticSites"];

        Assert.Equal("[parameters('environmentName')]", (string?)main["variables"]!["tags"]!["azd-env-name"]);
        foreach (string type in taggable)
        {
            TemplateResource resource = CompiledTemplate.Single(type);
            string tags = (string)resource.Resource["tags"]!;
            // Module resources take the tags parameter, which main.bicep fills from variables('tags').
            Assert.True(tags == "[variables('tags')]" || tags == "[parameters('tags')]", $"{type}: {tags}");
        }
        Assert.All(CompiledTemplate.OfType("Microsoft.Resources/deployments").Where(d => d.Properties!["parameters"]!["tags"] is not null),
            d => Assert.Contains("variables('tags')", (string)d.Properties!["parameters"]!["tags"]!["value"]!, StringComparison.Ordinal));
        Assert.Equal("[union(variables('tags'), createObject('azd-service-name', 'api'))]", ModuleParameter("functions", "tags"));
        Assert.Equal("[union(variables('tags'), createObject('azd-service-name', 'web'))]", ModuleParameter("portal", "tags"));
    }

    internal static string ModuleParameter(string module, string parameter) =>
        (string)CompiledTemplate.OfType("Microsoft.Resources/deployments").Single(d => d.Name == module).Properties!["parameters"]![parameter]!["value"]!;

    [GeneratedRegex("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")]
    private static partial Regex UpperSnake();
}
