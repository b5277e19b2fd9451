using FocalPoints.SelfHost.Hosting;
using FocalPoints.Testing.Hosts;
using FocalPoints.Tools.Demo;

namespace FocalPoints.Tools.Tests.Demo;

/// <summary>The demo, as the README runs it, on this class's Azurite and the in-memory engine.</summary>
public sealed class DemoRunnerTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact(Timeout = 180_000)]
    public async Task The_demo_plays_a_cycle_through_its_four_steps_to_the_end()
    {
        var options = new SelfHostOptions { StorageConnectionString = azurite.ConnectionString, Engine = DurableEngineKind.InMemory, TaskHub = RunningHost.NewTaskHub() };

        int exit = await DemoRunner.RunAsync(options, countries: 1, deadline: TimeSpan.FromMinutes(2), CancellationToken.None);

        Assert.Equal(0, exit);
    }
}
