using System.Diagnostics;
using OpenTelemetry;

namespace FocalPoints.Api.Telemetry;

/// <summary>
/// Runs first among the span processors, so every exporter receives a span already
/// <see cref="TelemetryRedaction">redacted</see>: its name, status description and every string
/// attribute; query strings are dropped. Span events cannot be rewritten, which is why no
/// instrumentation here records exceptions as events.
/// </summary>
public sealed class RedactingProcessor : BaseProcessor<Activity>
{
    // Attributes holding a URL or a request target (current and older semantic conventions).
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.Ordinal)
    {
        "url.full", "url.original", "http.url", "http.target",
    };

    // Attributes holding nothing but a query string.
    private static readonly HashSet<string> QueryAttributes = new(StringComparer.Ordinal)
    {
        "url.query",
    };

    public override void OnEnd(Activity data)
    {
        data.DisplayName = TelemetryRedaction.Redact(data.DisplayName);
        if (data.StatusDescription is { } description)
        {
            data.SetStatus(data.Status, TelemetryRedaction.Redact(description));
        }

        List<KeyValuePair<string, object?>>? changes = null;
        foreach (KeyValuePair<string, object?> tag in data.TagObjects)
        {
            object? safe = Safe(tag.Key, tag.Value);
            if (!ReferenceEquals(safe, tag.Value))
            {
                (changes ??= []).Add(new(tag.Key, safe));
            }
        }

        // Outside the enumeration: SetTag changes the list being read (null removes the attribute).
        foreach ((string key, object? value) in changes ?? [])
        {
            data.SetTag(key, value);
        }
    }

    /// <summary>The attribute's value, or its redacted replacement (a new instance), or null to drop it.</summary>
    private static object? Safe(string key, object? value) => value switch
    {
        _ when QueryAttributes.Contains(key) => null,
        null or bool or IFormattable => value,
        string url when UrlAttributes.Contains(key) => TelemetryRedaction.RedactUrl(url),
        string text => TelemetryRedaction.Redact(text),
        string[] texts => texts.Any(t => !ReferenceEquals(TelemetryRedaction.Redact(t), t)) ? texts.Select(TelemetryRedaction.Redact).ToArray() : texts,
        _ => value.ToString() is { } text && TelemetryRedaction.Redact(text) is var safe && !ReferenceEquals(safe, text) ? safe : value,
    };
}
