using System.Text.RegularExpressions;

namespace FocalPoints.Api.Telemetry;

/// <summary>
/// What telemetry may not carry: e-mail addresses (plain, or percent-encoded as Graph's
/// <c>/users/{mailbox}/sendMail</c> URLs carry them) and query strings (they can carry anything a
/// caller typed). Applied to every span by <see cref="RedactingProcessor"/> before any exporter sees it.
/// </summary>
public static partial class TelemetryRedaction
{
    /// <summary>What a Graph user segment (<c>/users/{id}</c>) becomes.</summary>
    public const string Mailbox = "{mailbox}";

    /// <summary>What an e-mail address anywhere else becomes.</summary>
    public const string Address = "{address}";

    /// <summary>
    /// <paramref name="value"/> with Graph user segments replaced by <see cref="Mailbox"/> and e-mail
    /// addresses by <see cref="Address"/>; the same instance when there is nothing to redact.
    /// </summary>
    public static string Redact(string value)
    {
        if (value.Contains("/users/", StringComparison.OrdinalIgnoreCase))
        {
            value = GraphUser().Replace(value, "${prefix}" + Mailbox);
        }

        return value.Contains('@', StringComparison.Ordinal) || value.Contains("%40", StringComparison.OrdinalIgnoreCase)
            ? EmailAddress().Replace(value, Address)
            : value;
    }

    /// <summary>A URL without its query string and fragment, then <see cref="Redact"/>ed.</summary>
    public static string RedactUrl(string url)
    {
        int cut = url.IndexOfAny(['?', '#']);
        return Redact(cut < 0 ? url : url[..cut]);
    }

    // Graph addresses a user by id or user principal name: /v1.0/users/{id}/sendMail.
    [GeneratedRegex(@"(?<prefix>/users/)[^/?#\s]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GraphUser();

    // Local part and domain as far as a URL, a list or a sentence lets them run; '@' plain or percent-encoded.
    [GeneratedRegex(@"[^\s/?#&=;,:""'<>()\[\]{}@]*(?:@|%40)[^\s/?#&=;,:""'<>()\[\]{}@]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();
}
