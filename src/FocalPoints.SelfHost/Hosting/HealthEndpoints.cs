using FocalPoints.Api.Health;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace FocalPoints.SelfHost.Hosting;

/// <summary>
/// <see cref="HealthProbes.Live"/> and <see cref="HealthProbes.Ready"/> on the self-host, for a load
/// balancer, systemd or Kubernetes: no sign-in, the status alone. Liveness runs no check, so a storage
/// outage never gets a healthy process restarted; readiness runs the storage and durable engine checks.
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapFocalPointsHealth(this IEndpointRouteBuilder app)
    {
        // GET only, as the Functions app's probes answer (HostContractTests compares the two hosts' routes).
        app.MapHealthChecks(HealthProbes.Live, Options(_ => false)).WithMetadata(new HttpMethodMetadata([HttpMethods.Get])).ExcludeFromDescription();
        app.MapHealthChecks(HealthProbes.Ready, Options(HealthProbes.IsReadiness)).WithMetadata(new HttpMethodMetadata([HttpMethods.Get])).ExcludeFromDescription();
        return app;
    }

    private static HealthCheckOptions Options(Func<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration, bool> predicate) => new()
    {
        Predicate = predicate,
        ResponseWriter = (http, report) => HealthProbes.WriteStatusAsync(http, report.Status),
    };
}
