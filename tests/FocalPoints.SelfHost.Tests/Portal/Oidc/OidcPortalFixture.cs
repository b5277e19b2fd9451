using System.Text.Json;

namespace FocalPoints.SelfHost.Tests.Portal.Oidc;

/// <summary>
/// The portal as deployed in Azure, on loopback: the self-host serves it with settings that turn on
/// its own OpenID Connect sign-in (<c>SelfHost:PortalSettings</c>) against <see cref="Provider"/>, and
/// it calls the API through <see cref="Authentication"/> (App Service authentication's stand-in) on
/// another origin with a bearer token. The network is <see cref="PortalFixture"/>'s.
/// </summary>
public sealed class OidcPortalFixture : PortalFixture
{
    private string? settingsFile;

    public FakeOpenIdProvider Provider { get; private set; } = null!;

    public AppServiceAuthentication Authentication { get; private set; } = null!;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Authentication is not null)
        {
            await Authentication.DisposeAsync();
        }

        if (Provider is not null)
        {
            await Provider.DisposeAsync();
        }

        if (settingsFile is not null)
        {
            File.Delete(settingsFile);
        }
    }

    protected override async Task<IReadOnlyDictionary<string, string?>?> HostSettingsAsync()
    {
        Provider = await FakeOpenIdProvider.StartAsync();
        Authentication = await AppServiceAuthentication.StartAsync(Provider);

        // What infra/hooks/portal-settings.sh writes from the azd outputs.
        settingsFile = Path.Combine(Path.GetTempPath(), $"portal-settings-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(settingsFile, JsonSerializer.Serialize(new
        {
            AzureAd = new { Authority = Provider.Issuer, Provider.ClientId },
            Api = new { BaseUrl = Authentication.Origin.AbsoluteUri, Provider.Scope },
        }));
        return new Dictionary<string, string?> { [FocalPoints.SelfHost.Hosting.PortalSettingsFile.SettingName] = settingsFile };
    }

    protected override Task HostStartedAsync()
    {
        Authentication.Api = BaseAddress;
        Authentication.Portal = BaseAddress;
        return Task.CompletedTask;
    }
}
