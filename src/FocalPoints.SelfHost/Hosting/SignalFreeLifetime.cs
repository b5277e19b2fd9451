namespace FocalPoints.SelfHost.Hosting;

/// <summary>
/// The lifetime of a host inside the self-host (the durable engine's gRPC server): it does not listen
/// for Ctrl+C or SIGTERM. The self-host's own host does, and stops this one after itself: had both
/// listened, the engine stopped under the worker while the worker was still finishing its calls.
/// </summary>
internal sealed class SignalFreeLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
