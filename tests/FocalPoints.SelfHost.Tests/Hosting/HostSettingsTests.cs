using FocalPoints.SelfHost.Hosting;

namespace FocalPoints.SelfHost.Tests.Hosting;

/// <summary>The standard settings over the project's own (<c>SelfHost__*</c>), over the defaults of a local run.</summary>
public class HostSettingsTests
{
    [Fact]
    public void Without_any_setting_a_run_is_production_on_loopback() =>
        Assert.Equal(new HostSettings("Production", "http://127.0.0.1:5080"), HostSettings.Resolve(new SelfHostOptions(), []));

    [Fact]
    public void The_projects_own_settings_apply_when_no_standard_one_is_given() =>
        Assert.Equal(
            new HostSettings("Staging", "http://localhost:6000"),
            HostSettings.Resolve(new SelfHostOptions { Environment = "Staging", Urls = "http://localhost:6000" }, []));

    [Theory]
    [InlineData("--environment=Production", "--urls=http://127.0.0.1:7000")]
    [InlineData("--environment", "Production", "--urls", "http://127.0.0.1:7000")]
    public void The_command_line_wins_over_the_projects_own_settings(params string[] args) =>
        Assert.Equal(
            new HostSettings("Production", "http://127.0.0.1:7000"),
            HostSettings.Resolve(new SelfHostOptions { Environment = "Development", Urls = "http://127.0.0.1:5080" }, args));

    [Fact]
    public void Ports_alone_are_left_to_kestrel() =>
        Assert.Null(HostSettings.Resolve(new SelfHostOptions { Urls = "http://127.0.0.1:5080" }, ["--http_ports=8080"]).Urls);

    [Fact]
    public void Allowed_hosts_are_the_loopback_names_and_the_hosts_the_urls_name_never_a_wildcard() =>
        Assert.Equal(
            ["localhost", "127.0.0.1", "[::1]", "focalpoints.example.org"],
            new HostSettings("Production", "http://127.0.0.1:0;https://focalpoints.example.org:8443;http://*:80;http://+:81;http://0.0.0.0:82;http://[::]:83;http://localhost:84").AllowedHosts);

    [Fact]
    public void A_tool_starts_its_own_host_on_a_free_loopback_port() =>
        Assert.Equal(new HostSettings("Development", "http://127.0.0.1:0"), HostSettings.Resolve(new SelfHostOptions { Environment = "Production" }, HostSettings.Local()));
}
