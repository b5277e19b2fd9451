using FocalPoints.SelfHost.Hosting;
using FocalPoints.SelfHost.Tests.Portal.Oidc;
using FocalPoints.Testing.Hosts;

namespace FocalPoints.SelfHost.Tests.Hosting.SignIn;

/// <summary>
/// A Production self-host (on Azurite, allowed for tests) that signs people in itself: its
/// <c>SelfHost:SignIn</c> settings name <see cref="Provider"/> as the authority and its client id as the audience.
/// </summary>
public sealed class BearerSignInFixture : IAsyncLifetime
{
    private AzuriteInstance? azurite;

    public FakeOpenIdProvider Provider { get; private set; } = null!;

    public RunningHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        azurite = await AzuriteInstance.StartAsync();
        Provider = await FakeOpenIdProvider.StartAsync();
        Host = await RunningHost.StartAsync(DurableEngineKind.InMemory, azurite.ConnectionString, output: null, environment: "Production", settings: new Dictionary<string, string?>
        {
            [SignInOptions.Section + ":Authority"] = Provider.Issuer,
            [SignInOptions.Section + ":Audience"] = Provider.ClientId,
        });
    }

    public async Task DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        if (Provider is not null)
        {
            await Provider.DisposeAsync();
        }

        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
