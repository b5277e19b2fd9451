using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FocalPoints.Api.Health;

/// <summary>
/// The durable engine answers: it looks up an orchestration that never exists, which goes through the
/// engine to its task hub's storage and back.
/// </summary>
public sealed class DurableEngineHealthCheck(DurableTaskClient client) : IHealthCheck
{
    private const string ProbeInstanceId = "focalpoints-readiness-probe";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        BoundedCheck.RunAsync(ct => client.GetInstanceAsync(ProbeInstanceId, getInputsAndOutputs: false, ct), cancellationToken);
}
