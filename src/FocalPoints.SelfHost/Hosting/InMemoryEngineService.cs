using DurableTask.Core;
using Microsoft.DurableTask.Testing.Sidecar;

namespace FocalPoints.SelfHost.Hosting;

/// <summary>
/// The preview in-memory orchestration service with room to work. It reports one concurrent work
/// item per processor, and the sidecar's dispatchers, once that many are running, wait 500 ms before
/// fetching again: on a 2-core machine the engine ran about four orchestration episodes and four
/// activities a second, fewer than a 193-country cycle on a schedule in seconds produces, so the
/// backlog grew until the demo looked stalled. The Azure Storage provider allows 100 orchestrations
/// and 10 activities per processor; this allows <see cref="Concurrency"/> of each (the worker runs
/// them as tasks, mostly waiting on storage).
/// </summary>
public sealed class InMemoryEngineService(ILoggerFactory loggerFactory) : InMemoryOrchestrationService(loggerFactory), IOrchestrationService
{
    public const int Concurrency = 100;

    int IOrchestrationService.MaxConcurrentTaskOrchestrationWorkItems => Concurrency;

    int IOrchestrationService.MaxConcurrentTaskActivityWorkItems => Concurrency;
}
