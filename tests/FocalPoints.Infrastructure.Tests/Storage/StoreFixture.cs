using Azure.Data.Tables;
using FocalPoints.Infrastructure.Storage;
using FocalPoints.Testing.Hosts;

namespace FocalPoints.Infrastructure.Tests.Storage;

/// <summary>An Azurite with the application's tables created, and the stores over it.</summary>
public sealed class StoreFixture : IAsyncLifetime
{
    private AzuriteInstance? azurite;

    public RequestCounter Requests { get; } = new();

    public TableServiceClient Tables { get; private set; } = null!;

    /// <summary>The connection string of this fixture's Azurite, for a test that needs clients of its own.</summary>
    public string Connection => azurite!.ConnectionString;

    public TableCycleStore Cycles { get; private set; } = null!;

    public TableStepDocumentStore Documents { get; private set; } = null!;

    public TableStrategyRepository Strategies { get; private set; } = null!;

    public TableStrategyReads Reads { get; private set; } = null!;

    public TableDirectoryStore Directory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        azurite = await AzuriteInstance.StartAsync();
        var options = new TableClientOptions();
        options.AddPolicy(Requests, Azure.Core.HttpPipelinePosition.PerRetry);
        Tables = new TableServiceClient(azurite.ConnectionString, options);
        await new TableProvisioner(Tables).StartAsync(CancellationToken.None);
        Cycles = new TableCycleStore(Tables);
        Documents = new TableStepDocumentStore(Tables, Cycles);
        Strategies = new TableStrategyRepository(Tables);
        Reads = new TableStrategyReads(Tables);
        Directory = new TableDirectoryStore(Tables);
    }

    public async Task DisposeAsync() => await azurite!.DisposeAsync();
}
