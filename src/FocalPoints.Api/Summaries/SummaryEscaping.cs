using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace FocalPoints.Api.Summaries;

/// <summary>
/// How free text (written by countries, coordinators and reviewers) enters every summary: as text,
/// never as structure. Markdown gets no table cells, links, images or raw HTML from it; HTML gets it
/// encoded. In both, a script scheme (<c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>) has its
/// colon escaped, so no viewer can turn it into a link; and so does every other address a viewer would
/// link on its own (<c>https://…</c>, <c>mailto:…</c>, <c>www.…</c>, <c>someone@example.org</c>), so a
/// summary never carries a live link planted in its text. Readers still see the text as written.
/// </summary>
internal static partial class SummaryEscaping
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Text for a Markdown line or table cell.</summary>
    public static string Markdown(string text) => Addresses(
        Schemes(
            text
                .Replace("\\", "\\\\", StringComparison.Ordinal)

                // An entity would otherwise become its character after the escaping below ("user&#64;host" an e-mail address).
                .Replace("&", "\\&", StringComparison.Ordinal)
                .Replace("|", "\\|", StringComparison.Ordinal)
                .Replace("[", "\\[", StringComparison.Ordinal)
                .Replace("]", "\\]", StringComparison.Ordinal)
                .Replace("<", "&lt;", StringComparison.Ordinal)
                .ReplaceLineEndings(" "),
            "\\:"),
        "\\:",
        "\\.",

        // GitHub finds e-mail addresses in the text after escapes are resolved, so "\@" would not do: an
        // invisible word joiner before the "@" leaves no address to find.
        "\u2060@");

    /// <summary>Text for HTML content or an attribute value.</summary>
    public static string Html(string text) => Addresses(Schemes(Encoder.Encode(text), "&#x3A;"), "&#x3A;", "&#x2E;", "&#x40;");

    private static string Schemes(string text, string colon) => ScriptScheme().Replace(text, m => m.Groups["scheme"].Value + colon);

    private static string Addresses(string text, string colon, string dot, string at) => Address().Replace(text, m =>
        m.Groups["scheme"].Success ? m.Groups["scheme"].Value + colon
        : m.Groups["www"].Success ? m.Groups["www"].Value + dot
        : at);

    // Browsers ignore tabs and newlines inside a scheme, so "java\tscript:" counts too.
    [GeneratedRegex(@"(?<scheme>(?:j[\t\n\r]*a[\t\n\r]*v[\t\n\r]*a|v[\t\n\r]*b)[\t\n\r]*s[\t\n\r]*c[\t\n\r]*r[\t\n\r]*i[\t\n\r]*p[\t\n\r]*t|d[\t\n\r]*a[\t\n\r]*t[\t\n\r]*a)[\t\n\r]*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptScheme();

    // What viewers link by themselves: any scheme followed by more than a space (http:, https:, ftp:,
    // mailto:, tel:, xmpp: …; "Note: …" is left alone), "www." and the "@" of an e-mail address. A
    // scheme holds no "." here, so "www.host:8080" still has its "www." broken.
    [GeneratedRegex(@"(?<scheme>[a-z][a-z0-9+\-]*):(?=\S)|(?<www>www)\.|@", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
