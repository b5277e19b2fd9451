using System.Diagnostics;
using System.Net;
using FocalPoints.Api.Health;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Testing.Hosts;
using Xunit.Abstractions;

namespace FocalPoints.SelfHost.Tests.Hosting;

/// <summary>
/// <c>/healthz</c> and <c>/readyz</c> answer without sign-in and say only up or down: ready while
/// Azurite answers, not ready within about two seconds once it freezes, and alive all along.
/// </summary>
public sealed class HealthProbeTests(ITestOutputHelper output)
{
    [Fact(Timeout = 180_000)]
    public async Task Readiness_follows_storage_and_liveness_does_not()
    {
        await using AzuriteInstance azurite = await AzuriteInstance.StartAsync();
        await using RunningHost host = await RunningHost.StartAsync(DurableEngineKind.AzureStorage, azurite.ConnectionString, output);

        ApiResponse live = await host.Api.GetAsync(HealthProbes.Live, principal: null);
        ApiResponse ready = await host.Api.GetAsync(HealthProbes.Ready, principal: null);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (live.Status, live.Body));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (ready.Status, ready.Body));

        ApiResponse readyDuring;
        ApiResponse liveDuring;
        TimeSpan answeredAfter;
        await using (await azurite.FreezeAsync())
        {
            var clock = Stopwatch.StartNew();
            readyDuring = await host.Api.GetAsync(HealthProbes.Ready, principal: null);
            answeredAfter = clock.Elapsed;
            liveDuring = await host.Api.GetAsync(HealthProbes.Live, principal: null);
        }

        output.WriteLine($"/readyz answered {(int)readyDuring.Status} after {answeredAfter.TotalSeconds:0.00} s of outage");
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), (readyDuring.Status, readyDuring.Body));
        Assert.InRange(answeredAfter, TimeSpan.Zero, TimeSpan.FromSeconds(3.5));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (liveDuring.Status, liveDuring.Body));
        Assert.StartsWith("text/plain", readyDuring.ContentType, StringComparison.Ordinal);
        Assert.Equal("no-store", readyDuring.Headers.CacheControl?.ToString());
    }
}
