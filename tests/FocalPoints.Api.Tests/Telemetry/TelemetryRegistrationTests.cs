using FocalPoints.Api.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace FocalPoints.Api.Tests.Telemetry;

public sealed class TelemetryRegistrationTests
{
    [Fact]
    public void Without_an_exporter_setting_nothing_is_registered()
    {
        var services = new ServiceCollection();
        bool hostCalled = false;

        services.AddFocalPointsTelemetry(Configuration([]), _ => hostCalled = true);

        using ServiceProvider provider = services.BuildServiceProvider();
        Assert.Null(provider.GetService<TracerProvider>());
        Assert.Null(provider.GetService<MeterProvider>());
        Assert.False(hostCalled);
    }

    [Theory]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4317")]
    [InlineData("Telemetry:Console", "true")]
    [InlineData("Telemetry:Enabled", "true")]
    public void An_exporter_setting_registers_traces_and_metrics_and_the_hosts_additions(string key, string value)
    {
        var services = new ServiceCollection();
        bool hostCalled = false;

        services.AddFocalPointsTelemetry(Configuration(new() { [key] = value }), _ => hostCalled = true);

        using ServiceProvider provider = services.BuildServiceProvider();
        Assert.NotNull(provider.GetService<TracerProvider>());
        Assert.NotNull(provider.GetService<MeterProvider>());
        Assert.True(hostCalled);
        Assert.True(AppContext.TryGetSwitch(TelemetryServiceCollectionExtensions.AzureSdkActivitySwitch, out bool on) && on);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
