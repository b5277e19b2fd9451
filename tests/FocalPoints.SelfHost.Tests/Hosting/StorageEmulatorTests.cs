using Azure;
using Azure.Data.Tables;
using FocalPoints.SelfHost.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

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

        StartRefusedException refused = await Assert.ThrowsAsync<StartRefusedException>(
            () => SelfHostApp.StartAsync(options, ["--environment=Production", "--urls=http://127.0.0.1:0"]));

        Assert.Contains("needs a real storage account", refused.Message, StringComparison.Ordinal);
        Assert.Contains("SelfHost__StorageConnectionString", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_answered_just_before_the_host_stops_is_still_there_after_a_restart()
    {
        // Azurite saves its data every 5 s; the host stops it the way Ctrl+C would, so it saves first.
        string data = Path.Combine(Path.GetTempPath(), "focalpoints-stop-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using (Azurite first = await Azurite.StartAsync(data, NullLogger.Instance))
            {
                var table = new TableClient(first.ConnectionString, "Kept");
                await table.CreateIfNotExistsAsync();
                await table.AddEntityAsync(new TableEntity("cycle", "row") { ["Answered"] = true });
            }

            await using Azurite second = await Azurite.StartAsync(data, NullLogger.Instance);
            NullableResponse<TableEntity> kept = await new TableClient(second.ConnectionString, "Kept").GetEntityIfExistsAsync<TableEntity>("cycle", "row");
            Assert.True(kept.HasValue && kept.Value!.GetBoolean("Answered") == true);
        }
        finally
        {
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: the temp folder is the OS's to clean.
            }
        }
    }

    [Theory]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=focalpoints;AccountKey=a2V5;EndpointSuffix=core.windows.net", false)]
    [InlineData("UseDevelopmentStorage=true", true)]
    [InlineData("", true)]
    public void The_emulator_is_recognised_by_its_well_known_account(string storage, bool emulator) =>
        Assert.Equal(emulator, StorageEmulator.IsEmulator(storage));
}
