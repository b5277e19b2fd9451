using FocalPoints.SelfHost.Hosting;
using Microsoft.Extensions.Logging;

namespace FocalPoints.Tools.Demo;

/// <summary>The self-host a command plays a network on (the demo, the rush).</summary>
public static class NetworkHost
{
    /// <summary>
    /// Starts a host in Development, which believes the principal header the <see cref="NetworkClient"/>
    /// signs its people in with, with warnings only in the log and working hours off (a command's days last seconds).
    /// </summary>
    public static Task<SelfHostApp> StartAsync(SelfHostOptions options, CancellationToken cancellationToken) =>
        SelfHostApp.StartAsync(
            options,
            HostSettings.Local(),
            logging: l => l.SetMinimumLevel(LogLevel.Warning),
            settings: new Dictionary<string, string?> { ["Reminders:WorkingHours"] = "off" },
            cancellationToken: cancellationToken);
}
