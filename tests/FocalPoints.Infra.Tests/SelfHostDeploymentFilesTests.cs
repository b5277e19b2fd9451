using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FocalPoints.Infra.Tests;

/// <summary>
/// The self-host's replica examples (deploy/selfhost): two replicas on one storage account and task hub,
/// never as root, Production, the storage connection string from a secret and never the emulator's
/// opt-in, probed on /healthz and /readyz; the image built from the self-contained publish folder in the
/// GitHub workflow only.
/// </summary>
public sealed partial class SelfHostDeploymentFilesTests
{
    private static readonly JsonNode?[] Kubernetes = YamlDocuments.Read(RepositoryFiles.Read("deploy", "selfhost", "kubernetes", "focalpoints-selfhost.yaml"));

    private static readonly string Unit = RepositoryFiles.Read("deploy", "selfhost", "systemd", "focalpoints-selfhost@.service");

    [Fact]
    public void Kubernetes_runs_two_non_root_production_replicas_on_one_storage_account_probed_for_health_and_readiness()
    {
        JsonNode deployment = Kubernetes.Single(d => (string?)d!["kind"] == "Deployment")!;
        JsonNode pod = deployment["spec"]!["template"]!["spec"]!;
        JsonNode container = Assert.Single(pod["containers"]!.AsArray())!;
        Dictionary<string, JsonNode> env = container["env"]!.AsArray().ToDictionary(e => (string)e!["name"]!, e => e!);

        Assert.Equal(2L, (long)deployment["spec"]!["replicas"]!);
        Assert.True((bool)pod["securityContext"]!["runAsNonRoot"]!);
        Assert.NotEqual(0L, (long)pod["securityContext"]!["runAsUser"]!);
        Assert.False((bool)container["securityContext"]!["allowPrivilegeEscalation"]!);
        Assert.Equal("Production", (string?)env["ASPNETCORE_ENVIRONMENT"]["value"]);
        Assert.Equal("FocalPoints", (string?)env["SelfHost__TaskHub"]["value"]);
        Assert.Equal("metadata.name", (string?)env["SelfHost__WorkerId"]["valueFrom"]!["fieldRef"]!["fieldPath"]);
        Assert.NotNull(env["SelfHost__StorageConnectionString"]["valueFrom"]!["secretKeyRef"]);
        Assert.DoesNotContain("SelfHost__AllowStorageEmulator", env.Keys);
        Assert.Equal("/healthz", (string?)container["livenessProbe"]!["httpGet"]!["path"]);
        Assert.Equal("/readyz", (string?)container["readinessProbe"]!["httpGet"]!["path"]);
        Assert.Contains(Kubernetes, d => (string?)d!["kind"] == "Service");
    }

    [Fact]
    public void Systemd_runs_each_replica_as_a_dynamic_user_from_the_publish_folder_configured_by_the_environment()
    {
        Assert.Matches(@"(?m)^DynamicUser=yes$", Unit);
        Assert.DoesNotMatch(@"(?m)^User=root$", Unit);
        Assert.Matches(@"(?m)^ExecStart=/opt/focalpoints/FocalPoints\.SelfHost$", Unit);
        Assert.Matches(@"(?m)^Environment=ASPNETCORE_ENVIRONMENT=Production$", Unit);
        Assert.Matches(@"(?m)^Environment=SelfHost__TaskHub=FocalPoints$", Unit);
        Assert.Matches(@"(?m)^Environment=SelfHost__WorkerId=%H-%i$", Unit);
        Assert.Matches(@"(?m)^EnvironmentFile=/etc/focalpoints/focalpoints\.env$", Unit);
        Assert.DoesNotContain("AllowStorageEmulator", Unit + RepositoryFiles.Read("deploy", "selfhost", "systemd", "focalpoints.env.example"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_image_is_the_self_contained_folder_as_a_non_root_user_built_only_in_the_github_workflow()
    {
        string dockerfile = RepositoryFiles.Read("deploy", "selfhost", "Dockerfile");
        string workflow = RepositoryFiles.Read(".github", "workflows", "ci.yml");

        Assert.Matches(@"(?m)^FROM mcr\.microsoft\.com/dotnet/runtime-deps:10\.0$", dockerfile);
        Assert.Matches(@"(?m)^USER \$APP_UID$", dockerfile);
        Assert.Matches(@"(?m)^ENTRYPOINT \[""/app/FocalPoints\.SelfHost""\]$", dockerfile);
        Assert.Contains("dotnet publish src/FocalPoints.SelfHost -c Release -r linux-x64 --self-contained -o deploy/selfhost/publish", workflow, StringComparison.Ordinal);
        Assert.Contains("docker build -t focalpoints-selfhost deploy/selfhost", workflow, StringComparison.Ordinal);
        Assert.All(UsesLine().Matches(workflow), u => Assert.Matches("@[0-9a-f]{40} # v", u.Value));
        // Nothing here builds it: .ci/run has no docker.
        Assert.DoesNotContain("docker", RepositoryFiles.Read(".ci", "run"), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"uses: \S+ # v\S+|uses: \S+$", RegexOptions.Multiline)]
    private static partial Regex UsesLine();
}
