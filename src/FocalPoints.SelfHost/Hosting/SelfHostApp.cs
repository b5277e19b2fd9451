using FocalPoints.Api;
using FocalPoints.Api.Http;
using FocalPoints.Infrastructure.Storage;
using FocalPoints.Workflow;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;

namespace FocalPoints.SelfHost.Hosting;

/// <summary>
/// The self-host: one process serving the API on the shared handlers and running the shared
/// orchestrators and activities on the embedded Durable Task engine, over Azurite (started here)
/// or the storage account a connection string names.
/// </summary>
public sealed class SelfHostApp : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly GrpcChannel channel;
    private readonly DurableEngine engine;
    private readonly Azurite? azurite;

    private SelfHostApp(WebApplication app, GrpcChannel channel, DurableEngine engine, Azurite? azurite, string storage, RequestCounter engineRequests)
    {
        this.app = app;
        this.channel = channel;
        this.engine = engine;
        this.azurite = azurite;
        StorageConnectionString = storage;
        EngineRequests = engineRequests;
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
    }

    /// <summary>Where the API listens.</summary>
    public Uri BaseAddress { get; }

    public string StorageConnectionString { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>Requests the application's own stores sent to Table Storage.</summary>
    public RequestCounter AppRequests => app.Services.GetRequiredService<RequestCounter>();

    /// <summary>Requests the durable engine's Azure Storage provider sent (tables, queues, blobs).</summary>
    public RequestCounter EngineRequests { get; }

    public static async Task<SelfHostApp> StartAsync(
        SelfHostOptions options,
        Action<ILoggingBuilder>? logging = null,
        Action<IServiceCollection>? services = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        CancellationToken cancellationToken = default)
    {
        string portal = Path.GetFullPath(options.PortalDirectory, AppContext.BaseDirectory);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = options.Environment,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = PortalHosting.WebRoot(portal),
            Args = [],
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        if (logging is not null)
        {
            builder.Logging.ClearProviders();
            logging(builder.Logging);
        }

        using ILoggerFactory bootstrapLogs = LoggerFactory.Create(l =>
        {
            l.SetMinimumLevel(LogLevel.Information);
            if (logging is null)
            {
                l.AddSimpleConsole(c => c.SingleLine = true);
            }
            else
            {
                logging(l);
            }
        });
        ILogger log = bootstrapLogs.CreateLogger("FocalPoints.SelfHost");

        Azurite? azurite = null;
        string storage = options.StorageConnectionString ?? string.Empty;
        if (string.IsNullOrWhiteSpace(storage))
        {
            string data = Path.IsPathRooted(options.DataDirectory) ? options.DataDirectory : Path.Combine(RepositoryRoot.Find(), options.DataDirectory);
            azurite = await Azurite.StartAsync(data, log, cancellationToken: cancellationToken);
            storage = azurite.ConnectionString;
        }

        var engineRequests = new RequestCounter();
        ILoggerFactory engineLogs = LoggerFactory.Create(l =>
        {
            l.SetMinimumLevel(LogLevel.Warning);
            logging?.Invoke(l);
        });
        DurableEngine engine = await DurableEngine.StartAsync(options.Engine, storage, options.TaskHub, engineRequests, engineLogs, cancellationToken);
        GrpcChannel channel = GrpcChannel.ForAddress(engine.Address);

        builder.WebHost.UseUrls(options.Urls);
        builder.Services.AddFocalPointsApi(builder.Configuration, storage, new CallerOptions
        {
            TrustPrincipalHeader = builder.Environment.IsDevelopment(),
            LoopbackOnly = true,
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddDurableTaskWorker(worker =>
        {
            worker.UseGrpc(channel);
            worker.AddTasks(registry => registry.AddFocalPointsTasks());
            worker.UseVersioning(new DurableTaskWorkerOptions.VersioningOptions
            {
                Version = WorkflowNames.CurrentVersion,
                DefaultVersion = WorkflowNames.CurrentVersion,
                MatchStrategy = DurableTaskWorkerOptions.VersionMatchStrategy.CurrentOrOlder,
                FailureStrategy = DurableTaskWorkerOptions.VersionFailureStrategy.Reject,
            });
        });
        builder.Services.AddDurableTaskClient(client =>
        {
            client.UseGrpc(channel);
            client.RegisterDirectly();
        });
        builder.Services.AddSingleton<IStrategyWorkflows, StrategyWorkflowClient>();
        builder.Services.AddSingleton(builder.Configuration.GetSection("Digest").Get<DigestOptions>() ?? new DigestOptions());
        builder.Services.AddHostedService<DigestSchedule>();
        builder.Services.AddHostedService<HandOverSchedule>();
        services?.Invoke(builder.Services);

        WebApplication app = builder.Build();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (app.Environment.IsDevelopment())
        {
            app.UseSignInCookie();
            app.MapSignInEmulation();
        }

        app.UsePortal(portal);
        app.MapFocalPointsApi();
        await app.StartAsync(cancellationToken);
        return new SelfHostApp(app, channel, engine, azurite, storage, engineRequests);
    }

    /// <summary>Waits until the host is asked to stop (Ctrl+C).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops the API and the worker, then the engine and Azurite (if this host started it).</summary>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        await channel.ShutdownAsync();
        channel.Dispose();
        await engine.DisposeAsync();
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
