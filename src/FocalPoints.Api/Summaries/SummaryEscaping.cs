using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace FocalPoints.Api.Summaries;

/// <summary>
/// How free text (written by countries, coordinators and reviewers) enters every summary: as text,
/// never as structure. Markdown gets no table cells, links, images or raw HTML from it; HTML gets it
/// encoded. In both, a script scheme (<c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>) has its
/// colon escaped, so no viewer can turn it into a link; readers still see the text as written.
/// </summary>
internal static partial class SummaryEscaping
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Text for a Markdown line or table cell.</summary>
    public static string Markdown(string text) => Schemes(text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("[", "\\[", StringComparison.Ordinal)
        .Replace("]", "\\]", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .ReplaceLineEndings(" "), "\\:");

    /// <summary>Text for HTML content or an attribute value.</summary>
    public static string Html(string text) => Schemes(Encoder.Encode(text), "&#x3A;");

    private static string Schemes(string text, string colon) => ScriptScheme().Replace(text, m => m.Groups["scheme"].Value + colon);

    // Browsers ignore tabs and newlines inside a scheme, so "java\tscript:" counts too.
    [GeneratedRegex(@"(?<scheme>(?:j[\t\n\r]*a[\t\n\r]*v[\t\n\r]*a|v[\t\n\r]*b)[\t\n\r]*s[\t\n\r]*c[\t\n\r]*r[\t\n\r]*i[\t\n\r]*p[\t\n\r]*t|d[\t\n\r]*a[\t\n\r]*t[\t\n\r]*a)[\t\n\r]*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptScheme();
}
