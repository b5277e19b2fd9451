namespace FocalPoints.SelfHost.Hosting;

/// <summary>
/// How long each part of the self-host gets to stop, in the order it stops: the prompt is back within
/// ten seconds of Ctrl+C or SIGTERM, idle or under load (docs/operations.md). Requests and activities
/// still running when their part's time is up are cut off; a workflow's activity cut off runs again
/// after a restart (the engine's at-least-once delivery), so nothing is lost.
/// </summary>
public static class StopBudget
{
    /// <summary>The API, the worker and the background schedules (ASP.NET Core's default is 30 s).</summary>
    public static readonly TimeSpan Application = TimeSpan.FromSeconds(3);

    /// <summary>The durable engine's gRPC server: its open streams to the worker.</summary>
    public static readonly TimeSpan EngineServer = TimeSpan.FromSeconds(2);

    /// <summary>The engine's orchestration service: releasing its partition leases.</summary>
    public static readonly TimeSpan EngineService = TimeSpan.FromSeconds(2);
}
