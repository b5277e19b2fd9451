using Azure.Data.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FocalPoints.Api.Health;

/// <summary>Table Storage answers: one page of at most one table name.</summary>
public sealed class StorageHealthCheck(TableServiceClient tables) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        BoundedCheck.RunAsync(
            async ct =>
            {
                await foreach (Azure.Page<Azure.Data.Tables.Models.TableItem> _ in tables.QueryAsync(filter: (string?)null, maxPerPage: 1, cancellationToken: ct).AsPages(pageSizeHint: 1))
                {
                    break;
                }
            },
            cancellationToken);
}
