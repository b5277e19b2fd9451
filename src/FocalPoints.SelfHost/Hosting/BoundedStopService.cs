using DurableTask.Core;

namespace FocalPoints.SelfHost.Hosting;

/// <summary>
/// The orchestration service as the sidecar's dispatchers see it, with a stop the host can wait for.
/// The sidecar stops the service from a fire-and-forget callback when its gRPC server stops; left
/// alone, the host went on to stop Azurite while the Azure Storage partition manager was still
/// releasing its leases, and ten minutes later the manager's own timeout threw on a thread-pool
/// thread and ended the process. Here the stop is bounded (<see cref="StopWithin"/>), never throws,
/// and <see cref="Stopped"/> tells the host when it is over. Everything else is the inner service's.
/// </summary>
public sealed partial class BoundedStopService(IOrchestrationService inner, ILogger logger) : OrchestrationServiceDecorator(inner)
{
    public static readonly TimeSpan StopWithin = StopBudget.EngineService;

    private readonly TaskCompletionSource stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the service has stopped, or gave up stopping.</summary>
    public Task Stopped => stopped.Task;

    public override Task StopAsync() => StopBoundedAsync(isForced: false);

    public override Task StopAsync(bool isForced) => StopBoundedAsync(isForced);

    private async Task StopBoundedAsync(bool isForced)
    {
        try
        {
            await Inner.StopAsync(isForced).WaitAsync(StopWithin);
        }
        catch (Exception e)
        {
            LogStopFailed(logger, e.GetType().Name);
        }
        finally
        {
            stopped.TrySetResult();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The durable engine's orchestration service did not stop cleanly ({ErrorType}); its partition leases expire on their own")]
    private static partial void LogStopFailed(ILogger logger, string errorType);
}
