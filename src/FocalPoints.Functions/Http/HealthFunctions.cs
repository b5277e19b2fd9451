using FocalPoints.Api.Health;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FocalPoints.Functions.Http;

/// <summary>
/// <c>GET /healthz</c> and <c>GET /readyz</c> (<see cref="HealthProbes"/>), anonymous at the function
/// level; App Service authentication lets these two paths through (<c>excludedPaths</c> in
/// infra/app/functions.bicep). Readiness runs the storage check and the durable engine's, whose client
/// the Functions host hands the function (it is not a service here).
/// </summary>
public sealed class HealthFunctions(HealthCheckService checks)
{
    [Function(nameof(GetLiveness))]
    public static IActionResult GetLiveness([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = HealthProbes.LiveRoute)] HttpRequest request) =>
        new ResultAction(new ProbeAnswer(HealthStatus.Healthy));

    [Function(nameof(GetReadiness))]
    public async Task<IActionResult> GetReadiness(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = HealthProbes.ReadyRoute)] HttpRequest request,
        [DurableClient] DurableTaskClient durable)
    {
        ArgumentNullException.ThrowIfNull(request);
        CancellationToken aborted = request.HttpContext.RequestAborted;
        Task<HealthReport> storage = checks.CheckHealthAsync(HealthProbes.IsReadiness, aborted);
        Task<HealthCheckResult> engine = new DurableEngineHealthCheck(durable).CheckHealthAsync(new HealthCheckContext(), aborted);
        HealthStatus status = (HealthStatus)Math.Min((int)(await storage).Status, (int)(await engine).Status);
        return new ResultAction(new ProbeAnswer(status));
    }

    private sealed class ProbeAnswer(HealthStatus status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = HealthProbes.StatusCode(status);
            return HealthProbes.WriteStatusAsync(httpContext, status);
        }
    }
}
