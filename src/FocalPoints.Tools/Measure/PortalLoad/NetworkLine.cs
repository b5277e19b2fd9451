namespace FocalPoints.Tools.Measure.PortalLoad;

/// <summary>
/// A network emulated in Chromium (DevTools' <c>Network.emulateNetworkConditions</c>): throughput each way and the
/// time added to every round trip.
/// </summary>
public sealed record NetworkLine(string Name, long DownloadBitsPerSecond, long UploadBitsPerSecond, int RoundTripMs)
{
    /// <summary>An office or home line: 10 Mbit/s each way, 40 ms round trip (issue 20's line).</summary>
    public static NetworkLine Office { get; } = new("10 Mbit/s, 40 ms round trip", 10_000_000, 10_000_000, 40);

    /// <summary>A slow line: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip (the first measurement's line).</summary>
    public static NetworkLine Slow { get; } = new("1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip", 1_600_000, 750_000, 150);

    /// <summary>The parameters of <c>Network.emulateNetworkConditions</c>: throughputs in bytes per second, latency in milliseconds.</summary>
    public Dictionary<string, object> ToDevTools() => new()
    {
        ["offline"] = false,
        ["latency"] = RoundTripMs,
        ["downloadThroughput"] = DownloadBitsPerSecond / 8,
        ["uploadThroughput"] = UploadBitsPerSecond / 8,
    };
}
