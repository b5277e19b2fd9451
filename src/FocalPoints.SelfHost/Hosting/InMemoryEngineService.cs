using DurableTask.Core;
using Microsoft.DurableTask.Testing.Sidecar;

namespace FocalPoints.SelfHost.Hosting;

/// <summary>
/// The preview in-memory orchestration service with room to work. It reports one concurrent work
/// item per processor, and the sidecar's dispatchers, once that many are running, wait 500 ms before
/// fetching again: on a 2-core machine the engine ran about four orchestration episodes and four
/// activities a second, fewer than a 193-country cycle on a schedule in seconds produces, so the
/// backlog grew until the demo looked stalled. This allows what the Azure Storage provider allows:
/// <see cref="Orchestrations"/> orchestrations (they cost no storage here) and 10 activities per
/// processor. Activities are what reach Azurite; with 100 of them a 193-country cycle queued so
/// many storage calls that requests waited past their storage timeout and answered 503.
/// </summary>
public sealed class InMemoryEngineService(ILoggerFactory loggerFactory) : InMemoryOrchestrationService(loggerFactory), IOrchestrationService
{
    public const int Orchestrations = 100;

    public static int Activities { get; } = 10 * Environment.ProcessorCount;

    int IOrchestrationService.MaxConcurrentTaskOrchestrationWorkItems => Orchestrations;

    int IOrchestrationService.MaxConcurrentTaskActivityWorkItems => Activities;
}
