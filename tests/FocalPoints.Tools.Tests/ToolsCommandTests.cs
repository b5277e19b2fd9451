using FocalPoints.SelfHost.Hosting;

namespace FocalPoints.Tools.Tests;

/// <summary>The tools start their hosts as <c>dotnet run --project src/FocalPoints.SelfHost</c> would find the data and the portal.</summary>
public sealed class ToolsCommandTests
{
    [Fact]
    public void The_tools_read_the_self_hosts_settings_so_the_demo_lands_where_the_self_host_reads()
    {
        SelfHostOptions options = ToolsCommand.LoadOptions();

        Assert.Equal(".azurite", options.DataDirectory);
        Assert.Equal("FocalPoints", options.TaskHub);
        Assert.True(File.Exists(Path.Combine(RepositoryRoot.Find(), "FocalPoints.sln")));
    }

    [Fact]
    public void The_tools_serve_the_portal_the_self_hosts_build_published()
    {
        SelfHostOptions options = ToolsCommand.LoadOptions();

        Assert.NotNull(PortalHosting.WebRoot(options.PortalDirectory));
        Assert.Equal(
            Path.GetFullPath(Path.Combine(RepositoryRoot.Find(), "src", "FocalPoints.SelfHost", "bin")),
            Path.GetFullPath(Path.Combine(options.PortalDirectory, "..", "..", "..")));
    }
}
