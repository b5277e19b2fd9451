using System.Diagnostics;
using System.Text.Json.Nodes;

namespace FocalPoints.Infra.Tests;

/// <summary>
/// The preprovision and postprovision hook (<c>infra/hooks/app-registration.sh</c>) against a fake
/// Azure CLI (<c>FakeAzureCli/az</c>: one tenant kept as JSON) and a fake azd on the PATH. The Microsoft
/// Graph Bicep extension, which would declare the registration in Bicep instead, comes from a registry
/// these machines do not reach, so the hook stays and is held to the same promise: run again, it changes
/// nothing and never creates a second registration.
/// </summary>
public sealed class AppRegistrationHookTests : IDisposable
{
    private const string GraphAppId = "00000003-0000-0000-c000-000000000000";

    private readonly string folder = Directory.CreateTempSubdirectory("focalpoints-hook-").FullName;

    private string State => Path.Combine(folder, "tenant.json");

    private string AzdEnvironment => Path.Combine(folder, "azd.env");

    [Fact]
    public void Run_twice_the_hook_creates_one_registration_and_changes_nothing_the_second_time()
    {
        Run(clientId: null);
        string first = File.ReadAllText(State);
        string clientId = AzdValue("AZURE_AUTH_CLIENT_ID");

        Run(clientId);

        Assert.Equal(first, File.ReadAllText(State));
        Assert.Single(Apps());
        Assert.Single(Calls(), c => c.StartsWith("ad app create", StringComparison.Ordinal));
        Assert.Single(Calls(), c => c.StartsWith("ad sp create", StringComparison.Ordinal));
        Assert.Equal(clientId, AzdValue("AZURE_AUTH_CLIENT_ID"));
    }

    [Fact]
    public void Without_the_client_id_azd_remembers_the_hook_finds_the_registration_by_name()
    {
        Run(clientId: null);
        string first = File.ReadAllText(State);

        Run(clientId: null);
        Run(clientId: "99999999-9999-9999-9999-999999999999");

        Assert.Equal(first, File.ReadAllText(State));
        Assert.Single(Apps());
        Assert.Single(Calls(), c => c.StartsWith("ad app create", StringComparison.Ordinal));
    }

    [Fact]
    public void After_provisioning_the_portal_s_redirect_uris_are_added_once_and_the_roles_keep_their_ids()
    {
        Run(clientId: null);
        string[] roleIds = [.. Apps()[0]!["appRoles"]!.AsArray().Select(r => (string)r!["id"]!)];

        Run(AzdValue("AZURE_AUTH_CLIENT_ID"), portalUrl: "https://stapp.example.net/");
        Run(AzdValue("AZURE_AUTH_CLIENT_ID"), portalUrl: "https://stapp.example.net/");

        JsonNode app = Assert.Single(Apps())!;
        Assert.Equal(
            ["https://stapp.example.net/authentication/login-callback", "https://stapp.example.net/authentication/logout-callback"],
            app["spa"]!["redirectUris"]!.AsArray().Select(u => (string)u!));
        Assert.Equal(roleIds, app["appRoles"]!.AsArray().Select(r => (string)r!["id"]!));
    }

    [Fact]
    public void The_registration_asks_for_its_own_scope_and_for_graph_s_openid_profile_and_offline_access()
    {
        Run(clientId: null);

        JsonNode app = Assert.Single(Apps())!;
        JsonArray access = app["requiredResourceAccess"]!.AsArray();
        string[] graphScopes = [.. access.Single(a => (string)a!["resourceAppId"]! == GraphAppId)!["resourceAccess"]!.AsArray()
            .Select(r => $"{r!["id"]}:{r["type"]}")];
        JsonNode own = access.Single(a => (string)a!["resourceAppId"]! == (string)app["appId"]!)!;

        // Microsoft Graph's delegated permission ids of openid, profile and offline_access.
        Assert.Equal(["37f7f235-527c-4136-accd-4a02d197296e:Scope", "14dad69e-099b-42c9-810b-d002981feec1:Scope", "7427e0e9-2fba-42fe-b0c0-848c9e6a8182:Scope"], graphScopes);
        Assert.Equal((string)app["api"]!["oauth2PermissionScopes"]![0]!["id"]!, (string)own["resourceAccess"]![0]!["id"]!);
        Assert.Equal(["Coordinator", "FocalPoint", "PeerReviewer"], app["appRoles"]!.AsArray().Select(r => (string)r!["value"]!));
        Assert.Equal("true", (string?)JsonNode.Parse(File.ReadAllText(State))!["servicePrincipals"]![0]!["appRoleAssignmentRequired"]);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void Run(string? clientId, string? portalUrl = null)
    {
        ProcessStartInfo start = new("bash") { WorkingDirectory = RepositoryFiles.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepositoryFiles.PathOf("infra", "hooks", "app-registration.sh"));
        string fakes = Path.Combine(AppContext.BaseDirectory, "FakeAzureCli");
        // The build's copy may lose the execute bit.
        if (!OperatingSystem.IsWindows())
        {
            foreach (string fake in Directory.GetFiles(fakes))
            {
                File.SetUnixFileMode(fake, File.GetUnixFileMode(fake) | UnixFileMode.UserExecute);
            }
        }

        start.Environment["PATH"] = $"{fakes}:{Environment.GetEnvironmentVariable("PATH")}";
        start.Environment["FAKE_AZ_STATE"] = State;
        start.Environment["FAKE_AZD_ENV"] = AzdEnvironment;
        start.Environment["AZURE_ENV_NAME"] = "test";
        start.Environment["AZURE_AUTH_CLIENT_ID"] = clientId ?? string.Empty;
        start.Environment["PORTAL_URL"] = portalUrl ?? string.Empty;

        using Process process = Process.Start(start)!;
        Task<string> errors = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{output}\n{errors.Result}");
    }

    private JsonArray Apps() => JsonNode.Parse(File.ReadAllText(State))!["apps"]!.AsArray();

    private string[] Calls() => File.ReadAllLines(State + ".log");

    /// <summary>The last value the hook set with <c>azd env set</c>.</summary>
    private string AzdValue(string name) =>
        File.ReadAllLines(AzdEnvironment).Last(l => l.StartsWith(name + "=", StringComparison.Ordinal))[(name.Length + 1)..];
}
