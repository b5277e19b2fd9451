using FocalPoints.SelfHost.Hosting;

namespace FocalPoints.SelfHost.Tests.Hosting;

/// <summary>Azurite keeps recent writes in memory: outside Development the self-host does not start on it.</summary>
public sealed class StorageEmulatorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("UseDevelopmentStorage=true")]
    [InlineData("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;")]
    public async Task Production_refuses_the_storage_emulator(string? storage)
    {
        var options = new SelfHostOptions { StorageConnectionString = storage };

        InvalidOperationException refused = await Assert.ThrowsAsync<InvalidOperationException>(
            () => SelfHostApp.StartAsync(options, ["--environment=Production", "--urls=http://127.0.0.1:0"]));

        Assert.Contains("needs a real storage account", refused.Message, StringComparison.Ordinal);
        Assert.Contains("SelfHost__StorageConnectionString", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=focalpoints;AccountKey=a2V5;EndpointSuffix=core.windows.net", false)]
    [InlineData("UseDevelopmentStorage=true", true)]
    [InlineData("", true)]
    public void The_emulator_is_recognised_by_its_well_known_account(string storage, bool emulator) =>
        Assert.Equal(emulator, StorageEmulator.IsEmulator(storage));
}
