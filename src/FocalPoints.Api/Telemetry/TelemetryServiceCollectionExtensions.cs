using System.Diagnostics;
using Azure.Core;
using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace FocalPoints.Api.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The Azure SDK clients' ActivitySources (tables, queues, blobs, identity): <c>Azure.*</c>.</summary>
    public const string AzureSdkSources = "Azure.*";

    /// <summary>
    /// The switch that turns the Azure SDK's ActivitySources on (still experimental). Azure.Core reads it
    /// once per process, when its first client is built: <see cref="AddFocalPointsTelemetry"/> sets it,
    /// so a host calls that before it builds any client.
    /// </summary>
    public const string AzureSdkActivitySwitch = "Azure.Experimental.EnableActivitySource";

    /// <summary>The Durable Task SDK's ActivitySource (client scheduling, orchestration and activity runs).</summary>
    public const string DurableTaskSource = "Microsoft.DurableTask";

    /// <summary>
    /// OpenTelemetry traces (HTTP server, HTTP client — Graph —, the Azure SDK's Table calls, Durable Task)
    /// and metrics (HTTP server and client, runtime), every span <see cref="RedactingProcessor">redacted</see>
    /// before it is exported to what the configuration names: Azure Monitor when
    /// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set (through the managed identity when
    /// <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c> says <c>Authorization=AAD</c>), OTLP when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, the console when <c>Telemetry:Console</c> is true.
    /// With none of them (and <c>Telemetry:Enabled</c> not true, which tests set to add their own
    /// exporter) nothing is registered and nothing is recorded. <c>host</c> adds what only one host
    /// needs (the Functions worker's defaults, a service name).
    /// </summary>
    public static IServiceCollection AddFocalPointsTelemetry(this IServiceCollection services, IConfiguration configuration, Action<IOpenTelemetryBuilder>? host = null)
    {
        TelemetrySettings settings = TelemetrySettings.From(configuration);
        if (!settings.Enabled)
        {
            return services;
        }

        AppContext.SetSwitch(AzureSdkActivitySwitch, true);
        TokenCredential? credential = settings.AzureMonitor is null ? null : AzureMonitorCredential(settings.AzureMonitorAuthentication, settings.AzureClientId);
        IOpenTelemetryBuilder telemetry = services.AddOpenTelemetry()
            .WithTracing(tracing =>
            {
                // First, so that every exporter added after it, here or by a host, receives redacted spans.
                tracing.AddProcessor(new RedactingProcessor())
                    .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsGrpc(context.Request.ContentType))
                    .AddHttpClientInstrumentation(o => o.FilterHttpRequestMessage = request => !IsGrpc(request.Content?.Headers.ContentType?.MediaType) && !IsAzureSdkCall())
                    .AddSource(AzureSdkSources)
                    .AddSource(DurableTaskSource);
                settings.AddExporters(tracing, t => t.AddAzureMonitorTraceExporter(o => o.ConnectionString = settings.AzureMonitor, credential), t => t.AddOtlpExporter(), t => t.AddConsoleExporter());
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation();
                settings.AddExporters(metrics, m => m.AddAzureMonitorMetricExporter(o => o.ConnectionString = settings.AzureMonitor, credential), m => m.AddOtlpExporter(), m => m.AddConsoleExporter());
            });
        host?.Invoke(telemetry);
        return services;
    }

    /// <summary>
    /// The credential the Azure Monitor exporter authenticates with: the managed identity when the
    /// authentication string (as Azure sets <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c>) says
    /// <c>Authorization=AAD</c> — the user-assigned one its <c>ClientId</c> or <paramref name="azureClientId"/>
    /// names, else the system-assigned one —; null (the connection string alone) otherwise.
    /// </summary>
    public static TokenCredential? AzureMonitorCredential(string? authenticationString, string? azureClientId)
    {
        Dictionary<string, string> parts = (authenticationString ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.OrdinalIgnoreCase);
        if (!parts.TryGetValue("Authorization", out string? mode) || !string.Equals(mode, "AAD", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string? clientId = parts.GetValueOrDefault("ClientId") is { Length: > 0 } id ? id : azureClientId;
        return string.IsNullOrWhiteSpace(clientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
    }

    // The Durable Task worker's and client's gRPC calls to their engine (the self-host's embedded one, the
    // Functions host): transport, as chatty as a poll, and not the work itself (Durable Task's spans are).
    private static bool IsGrpc(string? contentType) => contentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;

    // The Azure SDK records its own HTTP span (with the query string sanitised) around the HttpClient call.
    // The filter runs with the HttpClient's own span current (the runtime starts it), so look at its parent.
    private static bool IsAzureSdkCall()
    {
        Activity? current = Activity.Current;
        if (current?.Source.Name == "System.Net.Http")
        {
            current = current.Parent;
        }

        return current?.Source.Name.StartsWith("Azure.", StringComparison.Ordinal) == true;
    }

    private sealed record TelemetrySettings(bool Enabled, string? AzureMonitor, string? AzureMonitorAuthentication, string? AzureClientId, bool Otlp, bool Console)
    {
        public static TelemetrySettings From(IConfiguration configuration)
        {
            string? azureMonitor = NullIfEmpty(configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
            bool otlp = NullIfEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]) is not null;
            bool console = configuration.GetValue<bool>("Telemetry:Console");
            bool enabled = configuration.GetValue<bool>("Telemetry:Enabled") || azureMonitor is not null || otlp || console;
            return new(enabled, azureMonitor, configuration["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"], configuration["AZURE_CLIENT_ID"], otlp, console);
        }

        /// <summary>Adds to one signal's <paramref name="builder"/> the exporters the settings name, after what is already there.</summary>
        public void AddExporters<TBuilder>(TBuilder builder, Action<TBuilder> azureMonitor, Action<TBuilder> otlp, Action<TBuilder> console)
        {
            if (AzureMonitor is not null)
            {
                azureMonitor(builder);
            }

            if (Otlp)
            {
                otlp(builder);
            }

            if (Console)
            {
                console(builder);
            }
        }

        private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
    }
}
