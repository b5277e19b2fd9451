using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FocalPoints.Api.Health;

/// <summary>
/// One probe of a dependency, bounded by <see cref="HealthProbes.Within"/> whether or not the client
/// gives up by itself (a frozen storage account accepts connections and never answers). Any failure
/// counts as down; what failed stays out of the result, which a probe's caller never sees anyway.
/// </summary>
internal static class BoundedCheck
{
    public static async Task<HealthCheckResult> RunAsync(Func<CancellationToken, Task> probe, CancellationToken cancellationToken)
    {
        using var within = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        within.CancelAfter(HealthProbes.Within);
        try
        {
            await probe(within.Token).WaitAsync(within.Token);
            return HealthCheckResult.Healthy();
        }
#pragma warning disable CA1031 // a health check answers down for whatever failure, it never throws
        catch (Exception)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy();
        }
    }
}
