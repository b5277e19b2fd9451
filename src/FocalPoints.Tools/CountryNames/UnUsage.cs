using System.Text.Json;

namespace FocalPoints.Tools.CountryNames;

/// <summary>
/// The UN's short names that replace CLDR's where CLDR's is colloquial, abbreviated or translated
/// against a State's wish (<c>un-usage.json</c>, whose <c>about</c> says which cases qualify).
/// </summary>
internal sealed class UnUsage(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> names)
{
    /// <summary>Every replacement: Member State (ISO 3166-1 alpha-3), CLDR locale, name.</summary>
    public IEnumerable<(string Iso3, string Locale, string Name)> All =>
        names.SelectMany(state => state.Value.Select(name => (state.Key, name.Key, name.Value)));

    /// <summary>The UN's name where one is listed, else CLDR's.</summary>
    public string? Name(string iso3, string locale, string? cldr) =>
        names.TryGetValue(iso3, out IReadOnlyDictionary<string, string>? byLocale) && byLocale.TryGetValue(locale, out string? un) ? un : cldr;

    public static UnUsage Load()
    {
        using Stream stream = typeof(UnUsage).Assembly.GetManifestResourceStream(typeof(UnUsage).Namespace + ".un-usage.json")!;
        using JsonDocument json = JsonDocument.Parse(stream);
        return new UnUsage(json.RootElement.GetProperty("names").EnumerateObject().ToDictionary(
            state => state.Name,
            state => (IReadOnlyDictionary<string, string>)state.Value.EnumerateObject().ToDictionary(n => n.Name, n => n.Value.GetString()!, StringComparer.Ordinal),
            StringComparer.Ordinal));
    }
}
