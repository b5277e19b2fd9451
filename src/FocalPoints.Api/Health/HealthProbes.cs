using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FocalPoints.Api.Health;

/// <summary>
/// <c>/healthz</c> (the process answers: nothing is checked) and <c>/readyz</c> (storage and the
/// durable engine answer, each within <see cref="Within"/>), the same on both hosts, open without
/// sign-in: what they say is only up or down (<c>Healthy</c>, 200; <c>Unhealthy</c>, 503), never which
/// check failed nor why, since anyone may ask.
/// </summary>
public static class HealthProbes
{
    public const string LiveRoute = "healthz";

    public const string ReadyRoute = "readyz";

    public const string Live = "/" + LiveRoute;

    public const string Ready = "/" + ReadyRoute;

    /// <summary>The tag of the checks <see cref="Ready"/> runs.</summary>
    public const string ReadinessTag = "ready";

    /// <summary>How long each readiness check may take before it counts as down.</summary>
    public static readonly TimeSpan Within = TimeSpan.FromSeconds(2);

    /// <summary>Registers the storage check; a host adds the durable engine's (<see cref="DurableEngineHealthCheck"/>) where it has the client.</summary>
    public static IHealthChecksBuilder AddFocalPointsHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: [ReadinessTag]);

    public static bool IsReadiness(HealthCheckRegistration check) => check.Tags.Contains(ReadinessTag);

    /// <summary>The status alone, as plain text, never cached; the status code is the caller's (200 or 503).</summary>
    public static Task WriteStatusAsync(HttpContext http, HealthStatus status)
    {
        http.Response.ContentType = "text/plain; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        return http.Response.WriteAsync(status == HealthStatus.Unhealthy ? nameof(HealthStatus.Unhealthy) : nameof(HealthStatus.Healthy));
    }

    /// <summary>The answer to a probe: 200 unless <paramref name="status"/> is <see cref="HealthStatus.Unhealthy"/>, then 503.</summary>
    public static int StatusCode(HealthStatus status) =>
        status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
}
