using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FocalPoints.Tools.Measure.PortalLoad;

/// <summary>
/// Counts what a page's requests carried, from Chromium's DevTools network events (which arrive on another thread):
/// <c>Network.responseReceived</c> names a request and says whether the disk cache answered it,
/// <c>Network.requestServedFromCache</c> marks one the memory cache answered, and <c>Network.loadingFinished</c>
/// gives what it carried on the wire (<c>encodedDataLength</c>: headers and the body as served).
/// </summary>
public sealed partial class TransferCounter
{
    private readonly ConcurrentDictionary<string, string> urls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> sizes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> cached = new(StringComparer.Ordinal);

    /// <summary>A request's response: its address, and whether the disk cache answered it.</summary>
    public void Received(JsonElement? received)
    {
        if (received is { } e && e.TryGetProperty("requestId", out JsonElement id) && e.TryGetProperty("response", out JsonElement response))
        {
            urls[id.GetString()!] = response.GetProperty("url").GetString()!;
            if (response.TryGetProperty("fromDiskCache", out JsonElement disk) && disk.GetBoolean())
            {
                cached[id.GetString()!] = true;
            }
        }
    }

    /// <summary>A request the memory cache answered.</summary>
    public void ServedFromCache(JsonElement? served)
    {
        if (served is { } e && e.TryGetProperty("requestId", out JsonElement id))
        {
            cached[id.GetString()!] = true;
        }
    }

    /// <summary>A request that finished, with the bytes it carried.</summary>
    public void Finished(JsonElement? finished)
    {
        if (finished is { } e && e.TryGetProperty("requestId", out JsonElement id) && e.TryGetProperty("encodedDataLength", out JsonElement length))
        {
            sizes[id.GetString()!] = (long)length.GetDouble();
        }
    }

    /// <summary>What finished since the last <see cref="Reset"/>, as a visit of <paramref name="kind"/> that became usable after <paramref name="usableMs"/>.</summary>
    public PortalVisit Visit(VisitKind kind, double usableMs)
    {
        TransferredFile[] files = sizes
            .Select(s => new TransferredFile(urls.GetValueOrDefault(s.Key, "about:blank"), s.Value, cached.ContainsKey(s.Key)))
            .OrderByDescending(f => f.Bytes)
            .ThenBy(f => f.Url, StringComparer.Ordinal)
            .ToArray();
        return new PortalVisit(
            kind,
            files.Length,
            files.Count(f => f.FromCache),
            files.Sum(f => f.Bytes),
            files.Select(f => SatelliteCulture(f.Url)).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToArray(),
            usableMs,
            files);
    }

    public void Reset()
    {
        urls.Clear();
        sizes.Clear();
        cached.Clear();
    }

    /// <summary>The culture of a satellite assembly's address (<c>/_framework/fr/FocalPoints.Portal.resources.x1y2.wasm</c>: fr), else null.</summary>
    public static string? SatelliteCulture(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && SatelliteResource().Match(uri.AbsolutePath) is { Success: true } match
            ? match.Groups["culture"].Value
            : null;

    [GeneratedRegex(@"^/_framework/(?<culture>[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)/[^/]+\.resources\.(?:[^/]+\.)?wasm$")]
    private static partial Regex SatelliteResource();
}
