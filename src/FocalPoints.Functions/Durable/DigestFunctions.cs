using FocalPoints.Workflow.Digest;
using Microsoft.Azure.Functions.Worker;

namespace FocalPoints.Functions.Durable;

/// <summary>The weekly coordinator digest: Mondays at 07:00 UTC, the same time as the self-host's default schedule.</summary>
public sealed class DigestFunctions(CoordinatorDigest digest, TimeProvider time)
{
    [Function(nameof(WeeklyDigest))]
    public Task WeeklyDigest([TimerTrigger("0 0 7 * * 1")] TimerInfo timer) =>
        digest.SendAsync(time.GetUtcNow().UtcDateTime, CancellationToken.None);
}
