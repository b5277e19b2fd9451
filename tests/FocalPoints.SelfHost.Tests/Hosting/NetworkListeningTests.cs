using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Testing.Hosts;

namespace FocalPoints.SelfHost.Tests.Hosting;

/// <summary>
/// The self-host fails closed: a published build runs as Production unless told otherwise, and the
/// Development sign-in (anyone types who they are) and its loopback trust exist only while every
/// address the self-host listens on is loopback. <c>ASPNETCORE_HTTP_PORTS</c>, which container
/// images set, binds every interface.
/// </summary>
public sealed class NetworkListeningTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    /// <summary>Every interface, on a port the system picks as it binds.</summary>
    private static readonly Dictionary<string, string> EveryInterface = new() { ["ASPNETCORE_HTTP_PORTS"] = "0" };

    [Fact(Timeout = 120_000)]
    public async Task A_published_build_told_only_its_ports_runs_production()
    {
        await using SelfHostProcess process = await SelfHostProcess.StartAsync(azurite.ConnectionString, [], EveryInterface);

        Assert.Equal(HttpStatusCode.NotFound, (await process.GetAsync("/.auth/login/aad", principal: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await process.GetAsync("/api/me", Principals.Coordinator())).StatusCode);
        Assert.Contains("X-MS-CLIENT-PRINCIPAL header is not believed", process.Output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task Development_listening_beyond_loopback_refuses_to_start_and_says_what_to_set()
    {
        (int exitCode, string output) = await SelfHostProcess.StartExpectingRefusalAsync(
            azurite.ConnectionString, [], new(EveryInterface) { ["ASPNETCORE_ENVIRONMENT"] = "Development" });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("not loopback", output, StringComparison.Ordinal);
        Assert.Contains("--urls http://127.0.0.1:5080", output, StringComparison.Ordinal);
        Assert.Contains("ASPNETCORE_ENVIRONMENT=Production", output, StringComparison.Ordinal);
        Assert.Contains("SelfHost__AllowDevelopmentSignInOnNetwork=true", output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task Development_on_any_address_but_loopback_refuses_to_start()
    {
        (int exitCode, string output) = await SelfHostProcess.StartExpectingRefusalAsync(
            azurite.ConnectionString, ["--environment", "Development", "--urls", "http://0.0.0.0:0"], []);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("SelfHost__AllowDevelopmentSignInOnNetwork=true", output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task With_the_opt_in_development_listens_on_the_network_but_signs_in_loopback_callers_only()
    {
        IPAddress other = NonLoopbackAddress();
        await using SelfHostProcess process = await SelfHostProcess.StartAsync(azurite.ConnectionString, [], new(EveryInterface)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["SelfHost__AllowDevelopmentSignInOnNetwork"] = "true",
        });

        Assert.Equal(HttpStatusCode.OK, (await process.GetAsync("/.auth/login/aad", principal: null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await process.GetAsync("/api/me", Principals.Coordinator())).StatusCode);

        // The same requests from another of this machine's addresses, naming the host "localhost" as a forwarded browser would.
        Uri via = new UriBuilder("http", other.ToString()).Uri;
        Assert.Equal(HttpStatusCode.NotFound, (await process.GetAsync("/.auth/login/aad", principal: null, via)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await process.GetAsync("/.auth/me", principal: null, via)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await process.GetAsync("/api/me", Principals.Coordinator(), via)).StatusCode);
        Assert.Contains("SelfHost__AllowDevelopmentSignInOnNetwork", process.Output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 180_000)]
    public async Task Dotnet_run_takes_development_from_the_launch_profile_on_loopback_with_the_sign_in_form()
    {
        // The project's own address setting (a free port instead of 5080, which a developer's self-host may hold): loopback either way.
        await using SelfHostProcess process = await SelfHostProcess.StartAsync(
            azurite.ConnectionString, [], new() { ["SelfHost__Urls"] = "http://127.0.0.1:0" }, SelfHostLaunch.DotnetRun);

        Assert.Equal("127.0.0.1", process.ListeningOn.Host);
        using HttpResponseMessage form = await process.GetAsync("/.auth/login/aad", principal: null);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("Sign in (development)", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_launch_profile_sets_the_projects_own_environment_setting_under_every_standard_one()
    {
        string launchSettings = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "src", "FocalPoints.SelfHost", "Properties", "launchSettings.json"));

        Assert.Contains("\"SelfHost__Environment\": \"Development\"", launchSettings, StringComparison.Ordinal);
        Assert.DoesNotContain("ASPNETCORE_ENVIRONMENT", launchSettings, StringComparison.Ordinal);
        Assert.DoesNotContain("applicationUrl", launchSettings, StringComparison.Ordinal);
    }

    /// <summary>An IPv4 address of this machine's that is not loopback (what <c>hostname -I</c> lists).</summary>
    private static IPAddress NonLoopbackAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .First(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
}
