using FocalPoints.SelfHost.Hosting;
using Xunit;

namespace FocalPoints.Testing.Hosts;

/// <summary>
/// A class fixture with its own Azurite and self-host (in-memory engine) and the people of the
/// network to act through; a subclass seeds the state its tests share.
/// </summary>
public abstract class HostFixture : IAsyncLifetime
{
    private AzuriteInstance? azurite;

    public RunningHost Host { get; private set; } = null!;

    public NetworkScenario Network { get; private set; } = null!;

    public string ConnectionString => azurite!.ConnectionString;

    public async Task InitializeAsync()
    {
        azurite = await AzuriteInstance.StartAsync();
        Host = await RunningHost.StartAsync(DurableEngineKind.InMemory, azurite.ConnectionString, output: null);
        Network = new NetworkScenario(Host.Api);
        await SeedAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await azurite!.DisposeAsync();
    }

    /// <summary>Registers members, opens cycles, moves workflows: whatever the test class starts from.</summary>
    protected abstract Task SeedAsync();
}
