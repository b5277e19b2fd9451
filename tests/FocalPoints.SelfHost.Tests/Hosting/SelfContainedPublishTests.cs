using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using FocalPoints.SelfHost.Tests.Portal.Oidc;
using FocalPoints.Testing.Hosts;
using FocalPoints.Tools.Measure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FocalPoints.SelfHost.Tests.Hosting;

/// <summary>
/// <c>dotnet publish src/FocalPoints.SelfHost -c {Configuration} -r linux-x64 --self-contained</c>, once for
/// the class, into a temporary folder. The self-host's build has published the portal already, which the
/// publish reuses (it is the same for every runtime).
/// </summary>
public sealed class SelfContainedPublishFixture : IAsyncLifetime
{
    private static readonly TimeSpan PublishWithin = TimeSpan.FromMinutes(10);

    public string Folder { get; } = Directory.CreateTempSubdirectory("focalpoints-publish-").FullName;

    public async Task InitializeAsync()
    {
        // src/FocalPoints.SelfHost/bin/{Configuration}/{TargetFramework}/portal: the project and the configuration the tests were built with.
        DirectoryInfo output = new DirectoryInfo(RunningHost.PortalDirectory).Parent!;
        string project = output.Parent!.Parent!.Parent!.FullName;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { "publish", project, "-c", output.Parent!.Name, "-r", "linux-x64", "--self-contained", "-o", Folder, "-nologo", "-v:q", "-nodeReuse:false" })
        {
            start.ArgumentList.Add(arg);
        }

        using Process publish = Process.Start(start)!;
        Task<string> errors = publish.StandardError.ReadToEndAsync();
        string written = await publish.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(PublishWithin);
        await publish.WaitForExitAsync(timeout.Token);
        Assert.True(publish.ExitCode == 0, $"dotnet publish failed:\n{written}\n{await errors}");
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>
/// The self-contained build for servers: its folder runs without the SDK (no dotnet on the PATH, no
/// <c>DOTNET_ROOT</c>), in Production unless told otherwise (no launch profile applies to it), so on
/// the emulator's account it refuses to start and names the setting to change; with Azurite and the
/// explicit opt-in it starts on the durable engine over storage and serves the portal and the API; given
/// an OpenID provider (<c>SelfHost:SignIn</c>, <c>SelfHost:PortalSettings</c>) the portal signs in with it in
/// Chromium and calls the self-host's own API with the bearer token.
/// It runs beside the other tests: its <c>dotnet publish</c> finds the portal the build published up to
/// date and copies it (the self-host's project once published it again on every build, emptying the
/// folder the browser tests serve it from).
/// </summary>
public sealed class SelfContainedPublishTests(SelfContainedPublishFixture published, AzuriteFixture azurite)
    : IClassFixture<SelfContainedPublishFixture>, IClassFixture<AzuriteFixture>
{
    [Fact]
    public void The_folder_carries_its_own_runtime_the_portal_and_no_launch_profile()
    {
        JsonNode runtime = JsonNode.Parse(File.ReadAllText(Path.Combine(published.Folder, "FocalPoints.SelfHost.runtimeconfig.json")))!["runtimeOptions"]!;

        // A self-contained app names the frameworks it includes; a framework-dependent one those it needs installed.
        Assert.NotNull(runtime["includedFrameworks"]);
        Assert.Null(runtime["frameworks"]);
        Assert.True(File.Exists(Path.Combine(published.Folder, "libcoreclr.so")));
        Assert.True(File.Exists(Path.Combine(published.Folder, "portal", "wwwroot", "index.html")));
        Assert.False(File.Exists(Path.Combine(published.Folder, "Properties", "launchSettings.json")));
    }

    [Fact(Timeout = 120_000)]
    public async Task Without_the_sdk_it_runs_production_and_refuses_the_emulator_naming_the_setting()
    {
        (int exitCode, string output) = await SelfHostProcess.StartExpectingRefusalAsync(
            azurite.ConnectionString,
            ["--urls", "http://127.0.0.1:0"],
            new() { ["SelfHost__AllowStorageEmulator"] = "false" },
            SelfHostLaunch.SelfContained,
            published.Folder);

        Assert.Equal(1, exitCode);
        Assert.Contains("The Production environment needs a real storage account", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal); // the message alone, no stack trace
        Assert.Contains("SelfHost__StorageConnectionString", output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task With_azurite_and_the_opt_in_it_starts_on_the_storage_engine_and_serves()
    {
        await using SelfHostProcess host = await SelfHostProcess.StartAsync(
            azurite.ConnectionString,
            ["--urls", "http://127.0.0.1:0"],
            new() { ["SelfHost__Engine"] = "AzureStorage" },
            SelfHostLaunch.SelfContained,
            published.Folder);

        using HttpResponseMessage portal = await host.GetAsync("/index.html", principal: null);
        Assert.Equal(HttpStatusCode.OK, portal.StatusCode);
        Assert.Contains("<html", await portal.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        // Production: the principal header is not believed, so the API answers 401 to it.
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.GetAsync("/api/me", Principals.Coordinator())).StatusCode);
        Assert.Contains("Hosting environment: Production", host.Output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 240_000)]
    public async Task In_production_the_portal_signs_in_with_the_provider_and_calls_the_api_with_its_bearer_token()
    {
        // Arrange: an OpenID provider, and the settings an operator gives the folder for it: the
        // self-host's SelfHost:SignIn and the portal's settings file, whose API is the self-host itself.
        await using FakeOpenIdProvider provider = await FakeOpenIdProvider.StartAsync();
        provider.NextUser = new FakeUser("coordinator@walk.example", "Walk coordinator", ["Coordinator"]);
        string origin = $"http://127.0.0.1:{FreePort()}";
        string settings = Path.Combine(Path.GetTempPath(), $"portal-settings-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(settings, JsonSerializer.Serialize(new
        {
            AzureAd = new { Authority = provider.Issuer, provider.ClientId },
            Api = new { BaseUrl = origin + "/", provider.Scope },
        }));
        try
        {
            await using SelfHostProcess host = await SelfHostProcess.StartAsync(
                azurite.ConnectionString,
                ["--urls", origin],
                new()
                {
                    ["SelfHost__SignIn__Authority"] = provider.Issuer,
                    ["SelfHost__SignIn__Audience"] = provider.ClientId,
                    ["SelfHost__PortalSettings"] = settings,
                    ["AllowedHosts"] = "127.0.0.1",
                },
                SelfHostLaunch.SelfContained,
                published.Folder);
            using IPlaywright playwright = await Playwright.CreateAsync();
            await using IBrowser browser = await BrowserLauncher.LaunchAsync(playwright);
            IPage page = await browser.NewPageAsync();
            // Each API response with the headers its request carried, asked for while the page still has them.
            var api = new ConcurrentQueue<(IResponse Response, Task<Dictionary<string, string>> Headers)>();
            page.Response += (_, response) =>
            {
                if (new Uri(response.Url).AbsolutePath.StartsWith("/api/", StringComparison.Ordinal))
                {
                    api.Enqueue((response, response.Request.AllHeadersAsync()));
                }
            };
            await page.GotoAsync(origin + "/");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in to FocalPoints", new() { Timeout = 60_000 });

            // Act: sign in through the provider and come back.
            Task<IResponse> coordinatorsCall = page.WaitForResponseAsync(
                r => new Uri(r.Url).AbsolutePath is var path && path.StartsWith("/api/", StringComparison.Ordinal) && path != "/api/me",
                new() { Timeout = 90_000 });
            await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();

            // Assert: signed in with the token's role (a coordinator lands on the network, which only
            // coordinators may read); every API call carried the token and none was refused.
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Network", new() { Timeout = 60_000 });
            await Expect(page.GetByText("coordinator@walk.example")).ToBeVisibleAsync();
            Assert.Contains(api, r => new Uri(r.Response.Url).AbsolutePath == "/api/me" && r.Response.Status == 200);
            Assert.Equal(200, (await coordinatorsCall).Status);
            foreach ((IResponse response, Task<Dictionary<string, string>> requestHeaders) in api)
            {
                Dictionary<string, string> headers = await requestHeaders;
                Assert.True(headers.TryGetValue("authorization", out string? authorization) && authorization.StartsWith("Bearer ", StringComparison.Ordinal), $"{response.Url} without a bearer token");
                Assert.True(response.Status < 400, $"{response.Url} answered {response.Status}:\n{host.Output}");
            }
        }
        finally
        {
            File.Delete(settings);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
