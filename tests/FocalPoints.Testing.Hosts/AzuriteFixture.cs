using Xunit;

namespace FocalPoints.Testing.Hosts;

/// <summary>An Azurite for one test class (xunit class fixture), so that classes running in parallel never share tables.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteInstance? azurite;

    public string ConnectionString => azurite?.ConnectionString ?? throw new InvalidOperationException("Azurite has not started.");

    public async Task InitializeAsync() => azurite = await AzuriteInstance.StartAsync();

    public async Task DisposeAsync()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
