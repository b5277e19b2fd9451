using System.Net;
using DurableTask.AzureStorage;
using DurableTask.Core;
using FocalPoints.Infrastructure.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;

namespace FocalPoints.SelfHost.Hosting;

/// <summary>
/// The embedded Durable Task engine: <see cref="TaskHubGrpcServer"/> serving the Durable Task gRPC
/// protocol on loopback (HTTP/2), over the Azure Storage orchestration service or the in-memory one.
/// The application's worker and client connect to it like they would to any Durable Task backend.
/// </summary>
public sealed class DurableEngine : IAsyncDisposable
{
    private readonly WebApplication server;

    private readonly BoundedStopService service;

    private DurableEngine(WebApplication server, string address, BoundedStopService service, EngineWork work)
    {
        this.server = server;
        this.service = service;
        Address = address;
        Work = work;
    }

    /// <summary>The gRPC address (<c>http://127.0.0.1:port</c>).</summary>
    public string Address { get; }

    /// <summary>What the engine was given and has not yet done (<see cref="EngineWork.IsIdleAsync"/>).</summary>
    public EngineWork Work { get; }

    public static async Task<DurableEngine> StartAsync(
        DurableEngineKind kind,
        string storageConnectionString,
        string taskHub,
        RequestCounter engineRequests,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken,
        string workerId = SelfHostOptions.DefaultWorkerId)
    {
        IOrchestrationService service = kind == DurableEngineKind.InMemory
            ? new InMemoryEngineService(loggerFactory)
            : CreateAzureStorage(storageConnectionString, taskHub, workerId, engineRequests, loggerFactory);
        await service.CreateIfNotExistsAsync();

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, SignalFreeLifetime>();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = StopBudget.EngineServer);
        builder.Services.AddSingleton(loggerFactory);
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        var work = new EngineWork(service);
        var stoppable = new BoundedStopService(work, loggerFactory.CreateLogger<DurableEngine>());
        builder.Services.AddSingleton<IOrchestrationService>(stoppable);
        builder.Services.AddSingleton<IOrchestrationServiceClient>(work);
        builder.Services.AddSingleton<TaskHubGrpcServer>();
        WebApplication app = builder.Build();
        app.MapGrpcService<TaskHubGrpcServer>();
        await app.StartAsync(cancellationToken);
        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new DurableEngine(app, address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal), stoppable, work);
    }

    /// <summary>
    /// Stops the gRPC server; stopping it stops the dispatchers, which stop the orchestration service
    /// (the Azure Storage service then releases its partition leases). The service is not stopped a
    /// second time here: the Azure Storage provider's lease manager fails on a double stop. Waits
    /// (boundedly) until the service has released its leases, so the storage under it outlives the stop.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await server.StopAsync();
        await server.DisposeAsync();
        // Bounded by the service's own stop; a stop that never began (a dispatcher still busy) is not waited for longer.
        await Task.WhenAny(service.Stopped, Task.Delay(BoundedStopService.StopWithin));
    }

    private static AzureStorageOrchestrationService CreateAzureStorage(string connectionString, string taskHub, string workerId, RequestCounter counter, ILoggerFactory loggerFactory)
    {
        var tables = new Azure.Data.Tables.TableClientOptions();
        tables.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerRetry);
        var queues = new Azure.Storage.Queues.QueueClientOptions();
        queues.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerRetry);
        var blobs = new Azure.Storage.Blobs.BlobClientOptions();
        blobs.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerRetry);
        return new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = taskHub,
            StorageAccountClientProvider = new StorageAccountClientProvider(
                StorageServiceClientProvider.ForBlob(connectionString, blobs),
                StorageServiceClientProvider.ForQueue(connectionString, queues),
                StorageServiceClientProvider.ForTable(connectionString, tables)),
            LoggerFactory = loggerFactory,
            // One partition: one replica at a time runs the workflows (another takes the lease over when
            // it stops or dies), every replica runs activities. The worker id names the lease's owner: a
            // stable one lets a restarted self-host take its partition back at once instead of waiting
            // for the lease to expire, so replicas each need their own (SelfHost:WorkerId).
            PartitionCount = 1,
            WorkerId = workerId,
            // Poll briefly when idle so that a demo whose schedule is in seconds moves in seconds.
            MaxQueuePollingInterval = TimeSpan.FromSeconds(1),

            // A message taken by a process that then stopped (a restart, a crash) is seen again after
            // this long, not the default five minutes; a work item still running renews its lock.
            WorkItemQueueVisibilityTimeout = TimeSpan.FromSeconds(30),
            ControlQueueVisibilityTimeout = TimeSpan.FromSeconds(30),
        });
    }
}
