using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Testing;

namespace FocalPoints.SelfHost.Tests.Hosting;

/// <summary>
/// The self-host as an operator starts it: its own process, configured by the standard ASP.NET Core
/// variables and command line, which win over the project's <c>SelfHost__*</c> settings.
/// </summary>
public sealed partial class StandardSettingsTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    /// <summary>The self-host's build output, beside the portal it publishes.</summary>
    private static readonly string SelfHostDll = Path.GetFullPath(Path.Combine(RunningHost.PortalDirectory, "..", "FocalPoints.SelfHost.dll"));

    [Fact(Timeout = 120_000)]
    public async Task Aspnetcore_environment_and_urls_win_over_the_projects_settings_and_production_believes_no_principal()
    {
        await using SelfHostProcess process = await SelfHostProcess.StartAsync(azurite.ConnectionString, [], new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = Winner,
            ["SelfHost__Environment"] = "Development",
            ["SelfHost__Urls"] = Loser,
        });

        await AssertProductionAsync(process);
    }

    [Fact(Timeout = 120_000)]
    public async Task Dotnet_environment_and_the_urls_option_are_honoured()
    {
        await using SelfHostProcess process = await SelfHostProcess.StartAsync(azurite.ConnectionString, ["--urls", Winner], new()
        {
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = Loser,
        });

        await AssertProductionAsync(process);
    }

    [Fact(Timeout = 120_000)]
    public async Task The_environment_option_wins_and_development_keeps_its_sign_in()
    {
        await using SelfHostProcess process = await SelfHostProcess.StartAsync(azurite.ConnectionString, ["--environment", "Development", "--urls", Winner], new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        });

        AssertWinnerTookTheAddress(process);
        Assert.Equal(HttpStatusCode.OK, (await process.GetAsync("/.auth/me", principal: null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await process.GetAsync("/api/me", Principals.Coordinator())).StatusCode);
    }

    private static async Task AssertProductionAsync(SelfHostProcess process)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await process.GetAsync("/api/me", Principals.Coordinator())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await process.GetAsync("/api/network/members", Principals.Coordinator())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await process.GetAsync("/api/dev/outbox", Principals.Coordinator())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await process.GetAsync("/.auth/me", principal: null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await process.GetAsync("/.auth/login/aad", principal: null)).StatusCode);
        AssertWinnerTookTheAddress(process);
        Assert.Contains("X-MS-CLIENT-PRINCIPAL header is not believed", process.Output, StringComparison.Ordinal);
    }

    /// <summary>On the winner's IP (not the loser's) and not the default port (the settings were not all ignored).</summary>
    private static void AssertWinnerTookTheAddress(SelfHostProcess process)
    {
        Assert.Equal("127.0.0.1", process.BaseAddress.Host);
        Assert.NotEqual(new Uri(HostSettings.DefaultUrls).Port, process.BaseAddress.Port);
    }

    /// <summary>
    /// The address a test expects the self-host to take. Port 0 lets the system choose a free port as
    /// it binds (a port picked in advance can be taken by a parallel test before the child binds it).
    /// </summary>
    private const string Winner = "http://127.0.0.1:0";

    /// <summary>An address on another loopback IP, so the listening line tells which setting won.</summary>
    private const string Loser = "http://127.0.0.2:0";

    /// <summary>The self-host in a child process, stopped (with anything it started) at the end.</summary>
    private sealed partial class SelfHostProcess : IAsyncDisposable
    {
        private readonly Process process;
        private readonly StringBuilder output = new();
        private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(30) };

        private SelfHostProcess(Process process)
        {
            this.process = process;
        }

        /// <summary>The address the self-host says it listens on, once it has started.</summary>
        public Uri BaseAddress => http.BaseAddress!;

        public string Output
        {
            get
            {
                lock (output)
                {
                    return output.ToString();
                }
            }
        }

        public static async Task<SelfHostProcess> StartAsync(string storage, string[] args, Dictionary<string, string> variables)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(SelfHostDll);
            foreach (string arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            foreach (string name in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_URLS", "DOTNET_URLS" })
            {
                start.Environment.Remove(name);
            }

            start.Environment["SelfHost__StorageConnectionString"] = storage;
            start.Environment["SelfHost__AllowStorageEmulator"] = "true"; // Azurite in Production, for these tests only
            start.Environment["SelfHost__Engine"] = "InMemory";
            start.Environment["SelfHost__TaskHub"] = RunningHost.NewTaskHub();
            start.Environment["SelfHost__PortalDirectory"] = RunningHost.PortalDirectory;
            foreach ((string name, string value) in variables)
            {
                start.Environment[name] = value;
            }

            var host = new SelfHostProcess(Process.Start(start)!);
            host.process.OutputDataReceived += (_, e) => host.Append(e.Data);
            host.process.ErrorDataReceived += (_, e) => host.Append(e.Data);
            host.process.BeginOutputReadLine();
            host.process.BeginErrorReadLine();
            await host.WaitUntilListeningAsync();
            return host;
        }

        public async Task<HttpResponseMessage> GetAsync(string path, string? principal)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (principal is not null)
            {
                request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
            }

            return await http.SendAsync(request);
        }

        public async ValueTask DisposeAsync()
        {
            http.Dispose();
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }

        private void Append(string? line)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }

        private async Task WaitUntilListeningAsync()
        {
            var clock = Stopwatch.StartNew();
            Match listening;
            while (!(listening = ListeningLine().Match(Output)).Success)
            {
                Assert.False(process.HasExited, $"The self-host stopped (exit {(process.HasExited ? process.ExitCode : 0)}):\n{Output}");
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), $"The self-host did not start:\n{Output}");
                await Task.Delay(200);
            }

            http.BaseAddress = new Uri(listening.Groups["address"].Value);
        }

        [GeneratedRegex(@"listening on (?<address>http://\S+?/) ")]
        private static partial Regex ListeningLine();
    }
}
