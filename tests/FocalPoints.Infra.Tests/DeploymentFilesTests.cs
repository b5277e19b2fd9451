using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FocalPoints.Infra.Tests;

/// <summary>
/// The deployment workflow uses OIDC and no secret, pins every action to a commit, and runs azd;
/// azure.yaml names both services and the hook; the hook's ids reach Bicep through main.parameters.json.
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
        Assert.Matches(@"(?m)^  web:\n    project: src/FocalPoints\.Portal\n    language: dotnet\n    host: staticwebapp\n    dist: wwwroot$", AzureYaml);
        Assert.Matches(@"(?m)^  preprovision:\n(    .*\n)*?    run: bash infra/hooks/app-registration\.sh$", AzureYaml);
        Assert.True(File.Exists(RepositoryFiles.PathOf("infra", "hooks", "app-registration.sh")));
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

    [GeneratedRegex(@"^\s*(-\s+)?uses:\s*(?<ref>\S+)")]
    private static partial Regex UsesLine();

    [GeneratedRegex("^[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[0-9a-f]{40}$")]
    private static partial Regex PinnedToCommit();
}
