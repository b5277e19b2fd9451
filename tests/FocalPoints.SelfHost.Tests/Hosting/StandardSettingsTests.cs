using System.Net;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Testing.Hosts;

namespace FocalPoints.SelfHost.Tests.Hosting;

/// <summary>
/// The self-host as an operator starts it: its own process, configured by the standard ASP.NET Core
/// variables and command line, which win over the project's <c>SelfHost__*</c> settings.
/// </summary>
public sealed class StandardSettingsTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
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
}
