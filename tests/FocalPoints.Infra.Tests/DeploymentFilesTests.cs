using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FocalPoints.Infra.Tests;

/// <summary>
/// The deployment workflow uses OIDC and no secret, pins every action to a commit, and runs azd;
/// azure.yaml names both services and the hook, and `azd up` provisions before it deploys; the portal
/// is built and deployed by the SWA CLI from its publish output; the hook's ids reach Bicep through
/// main.parameters.json.
/// </summary>
public sealed partial class DeploymentFilesTests
{
    private static readonly string[] Workflow = File.ReadAllLines(RepositoryFiles.PathOf(".github", "workflows", "deploy.yml"));

    private static readonly string AzureYaml = RepositoryFiles.Read("azure.yaml");

    [Fact]
    public void Every_action_is_pinned_to_a_full_commit()
    {
        string[] uses = Workflow.Select(l => UsesLine().Match(l)).Where(m => m.Success).Select(m => m.Groups["ref"].Value).ToArray();

        Assert.True(uses.Length >= 4, string.Join(", ", uses));
        Assert.All(uses, u => Assert.Matches(PinnedToCommit(), u));
        Assert.Contains(uses, u => u.StartsWith("azure/login@", StringComparison.Ordinal));
        Assert.Contains(uses, u => u.StartsWith("Azure/setup-azd@", StringComparison.Ordinal));
    }

    [Fact]
    public void The_workflow_signs_in_with_oidc_and_reads_no_secret()
    {
        string text = string.Join('\n', Workflow);

        Assert.Matches(@"(?m)^permissions:\n\s+id-token: write\n\s+contents: read", text);
        Assert.DoesNotContain("secrets.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("client-secret", text, StringComparison.Ordinal);
        string[] required =
        [
            "client-id: ${{ vars.AZURE_CLIENT_ID }}",
            "tenant-id: ${{ vars.AZURE_TENANT_ID }}",
            "subscription-id: ${{ vars.AZURE_SUBSCRIPTION_ID }}",
            "--federated-credential-provider github",
            "azd provision --no-prompt",
            "azd deploy --no-prompt",
        ];
        Assert.All(required, r => Assert.Contains(r, text, StringComparison.Ordinal));
        Assert.Matches(@"(?m)^on:\n\s+push:\n\s+tags: \['v\*'\]\n\s+workflow_dispatch:", text);
    }

    [Fact]
    public void Azure_yaml_names_both_services_and_runs_the_app_registration_hook()
    {
        Assert.Matches(@"(?m)^  api:\n    project: src/FocalPoints\.Functions\n    language: dotnet\n    host: function$", AzureYaml);
        Assert.Matches(@"(?m)^  web:\n    project: src/FocalPoints\.Portal\n    language: dotnet\n    host: staticwebapp$", AzureYaml);
        // azd would take `dist` relative to the portal's source folder (wwwroot's sources, no _framework).
        Assert.DoesNotMatch(@"(?m)^\s+dist:", AzureYaml);
        Assert.Matches(@"(?m)^  preprovision:\n(    .*\n)*?    run: bash infra/hooks/app-registration\.sh$", AzureYaml);
        Assert.True(File.Exists(RepositoryFiles.PathOf("infra", "hooks", "app-registration.sh")));
    }

    [Fact]
    public void Azd_up_provisions_before_it_builds_or_deploys_anything()
    {
        // azd's own order is package, provision, deploy: the portal's build would run before the outputs its
        // prebuild hook reads exist. The workflow's steps are `- azd: <command>` under workflows.up(.steps).
        Match up = UpWorkflow().Match(AzureYaml);
        Assert.True(up.Success, "azure.yaml has no workflows.up");
        string[] steps = up.Groups["step"].Captures.Select(c => c.Value.Trim()).ToArray();

        int provision = Array.FindIndex(steps, s => s == "provision" || s.StartsWith("provision ", StringComparison.Ordinal));
        int deploy = Array.FindIndex(steps, s => s.StartsWith("deploy", StringComparison.Ordinal));
        int firstBuild = Array.FindIndex(steps, s => s.StartsWith("package", StringComparison.Ordinal) || s.StartsWith("deploy", StringComparison.Ordinal));
        Assert.True(provision >= 0 && deploy >= 0, string.Join(" | ", steps));
        Assert.True(provision < firstBuild, string.Join(" | ", steps));
        Assert.Contains("--all", steps[deploy], StringComparison.Ordinal);
    }

    [Fact]
    public void The_portal_is_built_and_deployed_by_the_swa_cli_from_its_publish_output()
    {
        // azd uses the SWA CLI for a staticwebapp service whose folder holds swa-cli.config.json: `swa build`
        // runs the build command in azd's build step, `swa deploy` uploads the output folder.
        JsonObject configurations = JsonNode.Parse(RepositoryFiles.Read("src", "FocalPoints.Portal", "swa-cli.config.json"))!["configurations"]!.AsObject();
        JsonNode portal = Assert.Single(configurations).Value!;
        Match publish = PublishCommand().Match((string?)portal["appBuildCommand"] ?? string.Empty);

        Assert.True(publish.Success, (string?)portal["appBuildCommand"]);
        Assert.Equal(".", (string?)portal["appLocation"]);
        // The published wwwroot: _framework, index.html, staticwebapp.config.json and the hook's appsettings.json.
        Assert.Equal($"{publish.Groups["out"].Value}/wwwroot", (string?)portal["outputLocation"]);
        Assert.Equal((string?)portal["outputLocation"], (string?)portal["swaConfigLocation"]);
        // Without it the SWA CLI deploys to a preview environment (azd passes no --env with a config file).
        Assert.Equal("production", (string?)portal["env"]);
        // The publish folder is under bin/ (ignored by git), and the file is not content the portal ships.
        Assert.StartsWith("bin/", publish.Groups["out"].Value, StringComparison.Ordinal);
        Assert.Contains("bin/", File.ReadAllLines(RepositoryFiles.PathOf(".gitignore")));
        Assert.Contains("<Content Remove=\"swa-cli.config.json\" />", RepositoryFiles.Read("src", "FocalPoints.Portal", "FocalPoints.Portal.csproj"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_hooks_ids_reach_the_bicep_parameters()
    {
        JsonObject parameters = JsonNode.Parse(RepositoryFiles.Read("infra", "main.parameters.json"))!["parameters"]!.AsObject();
        JsonObject declared = CompiledTemplate.Main["parameters"]!.AsObject();
        string hook = RepositoryFiles.Read("infra", "hooks", "app-registration.sh");

        Assert.Equal("${AZURE_AUTH_CLIENT_ID}", (string?)parameters["authClientId"]!["value"]);
        Assert.Equal("${AZURE_AUTH_TENANT_ID}", (string?)parameters["authTenantId"]!["value"]);
        string[] hookSets = ["azd env set AZURE_AUTH_CLIENT_ID", "azd env set AZURE_AUTH_TENANT_ID", "role_json Coordinator ", "role_json FocalPoint ", "role_json PeerReviewer "];
        Assert.All(hookSets, h => Assert.Contains(h, hook, StringComparison.Ordinal));
        // Every value given is a parameter main.bicep declares, and every parameter without a default is given.
        Assert.All(parameters, p => Assert.True(declared.ContainsKey(p.Key), p.Key));
        Assert.All(declared.Where(p => p.Value!["defaultValue"] is null), p => Assert.True(parameters.ContainsKey(p.Key), p.Key));
    }

    [GeneratedRegex(@"(?m)^workflows:\n  up:\n(    steps:\n)?(\s+- azd: (?<step>.+)\n)+")]
    private static partial Regex UpWorkflow();

    [GeneratedRegex(@"^dotnet publish -c Release -o (?<out>\S+)$")]
    private static partial Regex PublishCommand();

    [GeneratedRegex(@"^\s*(-\s+)?uses:\s*(?<ref>\S+)")]
    private static partial Regex UsesLine();

    [GeneratedRegex("^[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[0-9a-f]{40}$")]
    private static partial Regex PinnedToCommit();
}
