using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FocalPoints.Infra.Tests;

/// <summary>
/// The web service's prebuild hook writes the portal's appsettings.json from the azd environment
/// (the outputs main.bicep declares) before the SWA CLI publishes it, which turns on its own Entra ID
/// sign-in; the repository ships the file empty, so the self-host and the tests keep /.auth on the
/// portal's own origin.
/// </summary>
public sealed partial class PortalSettingsHookTests
{
    private static readonly Dictionary<string, string> Outputs = new()
    {
        ["PORTAL_AUTH_AUTHORITY"] = "https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555",
        ["PORTAL_AUTH_CLIENT_ID"] = "66666666-7777-8888-9999-000000000000",
        ["API_BASE_URL"] = "https://func-abc.azurewebsites.net",
        ["PORTAL_API_SCOPE"] = "api://66666666-7777-8888-9999-000000000000/user_impersonation",
    };

    [Fact]
    public void Azure_yaml_runs_the_hook_before_the_portal_is_built()
    {
        // The SWA CLI publishes the portal in azd's build step, before the package step.
        Assert.Matches(WebPrebuild(), RepositoryFiles.Read("azure.yaml"));
    }

    [Fact]
    public void The_hook_reads_outputs_main_bicep_declares()
    {
        JsonObject outputs = CompiledTemplate.Main["outputs"]!.AsObject();

        Assert.All(Outputs.Keys, name => Assert.True(outputs.ContainsKey(name), name));
    }

    [Fact]
    public async Task The_hook_writes_the_openid_connect_settings_the_portal_reads()
    {
        string target = Path.Combine(Path.GetTempPath(), $"appsettings-{Guid.NewGuid():N}.json");
        try
        {
            (int exit, string error) = await RunHookAsync(target, Outputs);

            Assert.True(exit == 0, error);
            JsonNode settings = JsonNode.Parse(await File.ReadAllTextAsync(target))!;
            Assert.Equal("https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0", (string?)settings["AzureAd"]!["Authority"]);
            Assert.Equal(Outputs["PORTAL_AUTH_CLIENT_ID"], (string?)settings["AzureAd"]!["ClientId"]);
            Assert.Equal("https://func-abc.azurewebsites.net/", (string?)settings["Api"]!["BaseUrl"]);
            Assert.Equal(Outputs["PORTAL_API_SCOPE"], (string?)settings["Api"]!["Scope"]);
        }
        finally
        {
            File.Delete(target);
        }
    }

    [Fact]
    public async Task Without_the_provisioned_values_the_hook_fails_and_writes_nothing()
    {
        string target = Path.Combine(Path.GetTempPath(), $"appsettings-{Guid.NewGuid():N}.json");
        Dictionary<string, string> partial = new(Outputs) { ["API_BASE_URL"] = string.Empty };

        (int exit, string error) = await RunHookAsync(target, partial);

        Assert.NotEqual(0, exit);
        Assert.Contains("API_BASE_URL", error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void The_repository_ships_no_settings_that_turn_the_portal_s_own_sign_in_on()
    {
        // The file is shipped empty: the .NET 10 WebAssembly runtime reads only the appsettings files the build saw, so the
        // self-host can serve a test's settings in its place (SelfHost:PortalSettings); the deploy hook overwrites it.
        JsonNode settings = JsonNode.Parse(RepositoryFiles.Read("src", "FocalPoints.Portal", "wwwroot", "appsettings.json"))!;
        Assert.Empty(settings.AsObject());
    }

    [Fact]
    public void The_shipped_policy_names_no_wildcard_host()
    {
        Dictionary<string, string[]> csp = Policy(RepositoryFiles.Read("src", "FocalPoints.Portal", "wwwroot", "staticwebapp.config.json"));

        Assert.Equal(["'self'", "https://login.microsoftonline.com"], csp["connect-src"]);
        Assert.Equal(["'self'", "https://login.microsoftonline.com"], csp["frame-src"]);
        Assert.Equal(["'self'", "'wasm-unsafe-eval'"], csp["script-src"]);
        Assert.DoesNotContain(csp.Values.SelectMany(sources => sources), source => source.Contains('*', StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_hook_lets_the_deployed_portal_reach_the_functions_app_s_own_origin_only()
    {
        string settings = Path.Combine(Path.GetTempPath(), $"appsettings-{Guid.NewGuid():N}.json");
        string config = Path.Combine(Path.GetTempPath(), $"staticwebapp-{Guid.NewGuid():N}.config.json");
        File.Copy(RepositoryFiles.PathOf("src", "FocalPoints.Portal", "wwwroot", "staticwebapp.config.json"), config);
        try
        {
            // Twice, as a second deploy from the same folder does: the origin is named once.
            for (int run = 0; run < 2; run++)
            {
                (int exit, string error) = await RunHookAsync(settings, Outputs, config);
                Assert.True(exit == 0, error);
            }

            Dictionary<string, string[]> csp = Policy(await File.ReadAllTextAsync(config));
            Assert.Equal(["'self'", "https://login.microsoftonline.com", "https://func-abc.azurewebsites.net"], csp["connect-src"]);
            Assert.Equal(["'self'", "https://login.microsoftonline.com"], csp["frame-src"]);
            Assert.Equal(
                Policy(RepositoryFiles.Read("src", "FocalPoints.Portal", "wwwroot", "staticwebapp.config.json")).Keys,
                csp.Keys);
        }
        finally
        {
            File.Delete(settings);
            File.Delete(config);
        }
    }

    /// <summary>The directives of the Content Security Policy in a Static Web Apps configuration's global headers.</summary>
    private static Dictionary<string, string[]> Policy(string staticWebAppConfig) =>
        ((string)JsonNode.Parse(staticWebAppConfig)!["globalHeaders"]!["Content-Security-Policy"]!)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' '))
            .ToDictionary(d => d[0], d => d[1..], StringComparer.Ordinal);

    private static async Task<(int Exit, string Error)> RunHookAsync(string target, Dictionary<string, string> environment, string? config = null)
    {
        // The Static Web Apps configuration to name the API in: a copy, never the repository's own.
        string? copy = null;
        if (config is null)
        {
            copy = Path.Combine(Path.GetTempPath(), $"staticwebapp-{Guid.NewGuid():N}.config.json");
            File.Copy(RepositoryFiles.PathOf("src", "FocalPoints.Portal", "wwwroot", "staticwebapp.config.json"), copy);
        }

        try
        {
            return await RunBashAsync(environment, RepositoryFiles.PathOf("infra", "hooks", "portal-settings.sh"), target, config ?? copy!);
        }
        finally
        {
            if (copy is not null)
            {
                File.Delete(copy);
            }
        }
    }

    private static async Task<(int Exit, string Error)> RunBashAsync(Dictionary<string, string> environment, params string[] arguments)
    {
        ProcessStartInfo start = new("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach ((string name, string value) in environment)
        {
            start.Environment[name] = value;
        }

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        string error = await process.StandardError.ReadToEndAsync();
        await output;
        await process.WaitForExitAsync();
        return (process.ExitCode, error);
    }

    [GeneratedRegex(@"(?m)^  web:\n(    .*\n)*?    hooks:\n      (#.*\n      )*prebuild:\n(        .*\n)*?        run: bash \.\./\.\./infra/hooks/portal-settings\.sh$")]
    private static partial Regex WebPrebuild();
}
