using Azure.Data.Tables;
using Microsoft.Extensions.Hosting;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>Creates the tables when the host starts, before any request is served.</summary>
public sealed class TableProvisioner(TableServiceClient tables) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (string name in TableNames.All)
        {
            await tables.GetTableClient(name).CreateIfNotExistsAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
