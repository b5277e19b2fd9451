using FocalPoints.Api;
using FocalPoints.Api.Health;
using FocalPoints.Api.Http;
using FocalPoints.Api.Telemetry;
using FocalPoints.Application.Configuration;
using FocalPoints.Application.Outbox;
using FocalPoints.Application.Ports;
using FocalPoints.Infrastructure.Storage;
using FocalPoints.Workflow;
using Grpc.Net.Client;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Resources;

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
        ListeningAddresses = [.. app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses];
        BaseAddress = new Uri(ListeningAddresses[0]);
    }

    /// <summary>Every address Kestrel bound (<c>http://[::]:8080</c> for <c>ASPNETCORE_HTTP_PORTS=8080</c>).</summary>
    public IReadOnlyList<string> ListeningAddresses { get; }

    /// <summary>Where the API listens.</summary>
    public Uri BaseAddress { get; }

    public string StorageConnectionString { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>Requests the application's own stores sent to Table Storage.</summary>
    public RequestCounter AppRequests => app.Services.GetRequiredService<RequestCounter>();

    /// <summary>Requests the durable engine's Azure Storage provider sent (tables, queues, blobs).</summary>
    public RequestCounter EngineRequests { get; }

    /// <summary>
    /// Whether the host has finished what it was given: the relay holds no workflow event (each raised,
    /// or left to the background run) and then the engine has no message waiting, no timer due, and no
    /// episode or activity running (<see cref="EngineWork.IsIdleAsync"/>). The relay is asked first:
    /// an event it raised is in the engine's ledger before it lets go of it.
    /// </summary>
    public async Task<bool> IsIdleAsync(CancellationToken cancellationToken = default) =>
        app.Services.GetRequiredService<OutboxRelay>().IsIdle && await engine.Work.IsIdleAsync(cancellationToken);

    /// <param name="options">The project's own settings (section <c>SelfHost</c>).</param>
    /// <param name="args">
    /// The host's command line, over the standard environment variables and <paramref name="options"/>
    /// (see <see cref="HostSettings"/>); <see cref="HostSettings.Local"/> for a host a tool starts for itself.
    /// </param>
    /// <param name="logging">Replaces the log providers (tests send logs to their output).</param>
    /// <param name="services">Replaces or adds services after the self-host's own.</param>
    /// <param name="settings">Configuration over every other source.</param>
    /// <param name="cancellationToken">Stops the start.</param>
    /// <exception cref="OptionsValidationException">A setting is wrong (the message names its key); nothing is left running.</exception>
    /// <exception cref="StartRefusedException">The settings ask for what this environment refuses (the message says what to set); nothing is left running.</exception>
    public static async Task<SelfHostApp> StartAsync(
        SelfHostOptions options,
        IReadOnlyList<string> args,
        Action<ILoggingBuilder>? logging = null,
        Action<IServiceCollection>? services = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        CancellationToken cancellationToken = default)
    {
        options.Validated();
        string portal = Path.GetFullPath(options.PortalDirectory, AppContext.BaseDirectory);
        HostSettings host = HostSettings.Resolve(options, args);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = host.Environment,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = PortalHosting.WebRoot(portal),
            Args = [.. args],
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

        // Before Azurite and the engine: Azure.Core reads its tracing switch when its first client is built.
        builder.Services.AddFocalPointsTelemetry(builder.Configuration, telemetry => telemetry.ConfigureResource(r => r.AddService("FocalPoints.SelfHost")));

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

        SignInOptions signIn = SignInOptions.From(builder.Configuration);

        Azurite? azurite = null;
        string storage = options.StorageConnectionString ?? string.Empty;
        if (!builder.Environment.IsDevelopment() && !options.AllowStorageEmulator && StorageEmulator.IsEmulator(storage))
        {
            throw new StartRefusedException(
                $"The {builder.Environment.EnvironmentName} environment needs a real storage account: Azurite keeps recent writes in memory for seconds and a crash loses them. " +
                "Set SelfHost__StorageConnectionString to an Azure Storage account, or SelfHost__AllowStorageEmulator=true to accept the loss.");
        }

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
        DurableEngine engine;

        // The engine stands in for the Functions host, whose storage polling is not the application's
        // telemetry: nothing it starts (its dispatchers, its storage clients) records spans or metrics.
        using (SuppressInstrumentationScope.Begin())
        {
            engine = await DurableEngine.StartAsync(options.Engine, storage, options.TaskHub, engineRequests, engineLogs, cancellationToken, options.WorkerId);
        }

        GrpcChannel channel = GrpcChannel.ForAddress(engine.Address);

        if (host.Urls is not null)
        {
            builder.WebHost.UseUrls(host.Urls);
        }

        // The standard AllowedHosts setting, when given, is the operator's list; else loopback and the URLs' hosts.
        if (string.IsNullOrWhiteSpace(builder.Configuration["AllowedHosts"]))
        {
            builder.Services.Configure<HostFilteringOptions>(filtering => filtering.AllowedHosts = [.. host.AllowedHosts]);
        }

        builder.Services.AddFocalPointsApi(StorageConnection.FromConnectionString(storage), new CallerOptions
        {
            TrustPrincipalHeader = builder.Environment.IsDevelopment(),
            LoopbackOnly = true,
            TrustSignedInUser = signIn.IsConfigured,
            Reason = builder.Environment.IsDevelopment()
                ? "the self-host runs in Development, where local tools and the emulated sign-in send it (and which starts only on loopback addresses unless SelfHost__AllowDevelopmentSignInOnNetwork=true)"
                : $"the self-host runs in {builder.Environment.EnvironmentName}, where nothing in front of it vouches for the header",
        });
        builder.Services.Configure<HostOptions>(stop => stop.ShutdownTimeout = StopBudget.Application);
        if (signIn.IsConfigured)
        {
            builder.Services.AddBearerSignIn(signIn);
        }

        builder.Services.AddProblemDetails();
        builder.Services.AddFocalPointsOpenApi();
        builder.Services.AddFocalPointsWorkflowServices();
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
        builder.Services.AddFocalPointsHealthChecks().AddCheck<DurableEngineHealthCheck>("durable engine", tags: [HealthProbes.ReadinessTag]);
        builder.Services.AddValidatedOptions<DigestOptions, DigestOptionsValidator>(DigestOptions.Section);
        builder.Services.AddHostedService<DigestSchedule>();
        builder.Services.AddHostedService<OutboxRelaySchedule>();
        services?.Invoke(builder.Services);

        WebApplication app = builder.Build();
        var loopbackOnly = new DevelopmentOnLoopback();
        try
        {
            await ServeAsync(app, portal, loopbackOnly, signIn, cancellationToken);
        }
        catch
        {
            // A wrong setting fails the start (the options are validated there): stop what was started for it.
            await app.DisposeAsync();
            await DisposeAsync(channel, engine, azurite);
            throw;
        }

        var started = new SelfHostApp(app, channel, engine, azurite, storage, engineRequests);
        if (app.Environment.IsDevelopment()
            && loopbackOnly.Verify(started.ListeningAddresses, options.AllowDevelopmentSignInOnNetwork, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("FocalPoints.SelfHost")) is { } refusal)
        {
            await started.DisposeAsync();
            throw new StartRefusedException(refusal);
        }

        return started;
    }

    /// <summary>The request pipeline, then the start: the settings are validated there (<c>ValidateOnStart</c>).</summary>
    private static async Task ServeAsync(WebApplication app, string portal, DevelopmentOnLoopback loopbackOnly, SignInOptions signIn, CancellationToken cancellationToken)
    {
        if (app.Environment.IsDevelopment())
        {
            loopbackOnly.Guard(app);
        }

        PortalSettingsFile? portalSettings = PortalSettingsFile.From(app.Configuration);
        app.UseSecurityHeaders(SecurityHeaders.Admitting(portalSettings?.Origins ?? []));
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (app.Environment.IsDevelopment())
        {
            app.UseSignInCookie();
            app.MapSignInEmulation();
        }

        if (signIn.IsConfigured)
        {
            app.UseAuthentication();
        }

        portalSettings?.Serve(app);
        app.UsePortal(portal);
        app.MapFocalPointsApi();
        app.MapFocalPointsHealth();
        app.MapFocalPointsOpenApi();
        await app.StartAsync(cancellationToken);
    }

    /// <summary>
    /// Cancelled when the process is asked to stop (SIGTERM, Ctrl+C): a command that runs on the host
    /// (the demo, <c>rush</c>) links its work to it, so the process stops promptly instead of playing on.
    /// </summary>
    public CancellationToken Stopping => app.Lifetime.ApplicationStopping;

    /// <summary>Waits until the host is asked to stop (Ctrl+C).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops the API and the worker, then the engine and Azurite (if this host started it).</summary>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        await DisposeAsync(channel, engine, azurite);
    }

    private static async Task DisposeAsync(GrpcChannel channel, DurableEngine engine, Azurite? azurite)
    {
        await channel.ShutdownAsync();
        channel.Dispose();
        await engine.DisposeAsync();
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
