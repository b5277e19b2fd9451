using System.Reflection;
using FocalPoints.SelfHost.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace FocalPoints.Testing.Hosts;

/// <summary>A self-host started for a test: real Kestrel on a free loopback port, real engine, real storage.</summary>
public sealed class RunningHost : IAsyncDisposable
{
    private readonly HttpClient http;

    private RunningHost(SelfHostApp app)
    {
        App = app;
        http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        Api = new ApiClient(http);
    }

    public SelfHostApp App { get; }

    public ApiClient Api { get; }

    /// <summary>
    /// Starts a host on <paramref name="storage"/> with task hub <paramref name="taskHub"/> (unique per test unless a restart test reuses it);
    /// <paramref name="capture"/>, when given, receives every log line from Debug up.
    /// </summary>
    public static async Task<RunningHost> StartAsync(
        DurableEngineKind engine,
        string storage,
        ITestOutputHelper? output,
        string? taskHub = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        string environment = "Development",
        string? portalDirectory = null,
        Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null,
        ILoggerProvider? capture = null)
    {
        // Reminders go out at once unless a test asks for working hours: schedules here run in seconds.
        var merged = new Dictionary<string, string?> { ["Reminders:WorkingHours"] = "off" };
        foreach ((string key, string? value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        SelfHostApp app = await SelfHostApp.StartAsync(
            new SelfHostOptions
            {
                Engine = engine,
                StorageConnectionString = storage,
                TaskHub = taskHub ?? NewTaskHub(),
                PortalDirectory = portalDirectory ?? PortalDirectory,

                // Tests run on Azurite in every environment; outside tests the self-host refuses it there.
                AllowStorageEmulator = true,
            },
            HostSettings.Local(environment),
            logging: l =>
            {
                // A capturing test reads every line the host writes, down to Debug: a rule for the capturing
                // provider alone wins over the host's configured levels (Information, Warning for the SDKs).
                l.SetMinimumLevel(capture is null ? LogLevel.Warning : LogLevel.Debug);
                if (capture is not null)
                {
                    l.AddProvider(capture);
                    l.Services.Configure<LoggerFilterOptions>(filters => filters.Rules.Add(new LoggerFilterRule(capture.GetType().FullName, null, LogLevel.Debug, null)));
                }

                if (output is not null)
                {
                    l.AddProvider(new TestOutputLoggerProvider(output));
                }
            },
            services: services,
            settings: merged);
        return new RunningHost(app);
    }

    /// <summary>
    /// Waits until the host has finished everything it was given (<see cref="SelfHostApp.IsIdleAsync"/>):
    /// the relay has raised or let go of every event and the engine has run every episode and activity
    /// that follows. Timers set for later do not count. Polls the host's own ledger, never a quiet spell.
    /// </summary>
    public Task WaitUntilIdleAsync(string what, int seconds = 60) =>
        Eventually.WaitAsync(() => App.IsIdleAsync(), idle => idle, TimeSpan.FromSeconds(seconds), what);

    /// <summary>The portal the self-host's build published (<c>src/FocalPoints.SelfHost/bin/{Configuration}/{TargetFramework}/portal/</c>).</summary>
    public static string PortalDirectory { get; } = typeof(RunningHost).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "SelfHostPortalDirectory").Value!;

    /// <summary>A task hub name Azure Storage accepts: letters and digits, starting with a letter.</summary>
    public static string NewTaskHub() => "t" + Guid.NewGuid().ToString("N")[..12];

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await App.DisposeAsync();
    }
}
