namespace FocalPoints.Tools.Measure.PortalLoad;

/// <summary>
/// A language the portal speaks, as a browser that speaks it visits: the browser's locale decides the portal's
/// language on a first visit (nothing remembered yet), and the satellite resources' culture is what the portal
/// should fetch for it (none for English, the portal's own).
/// </summary>
public sealed record PortalLanguage(string Code, string BrowserLocale, string? SatelliteCulture)
{
    /// <summary>The six, in the UN's order.</summary>
    public static IReadOnlyList<PortalLanguage> All { get; } =
    [
        new("ar", "ar", "ar"),
        new("zh", "zh-CN", "zh-Hans"),
        new("en", "en-GB", null),
        new("fr", "fr-FR", "fr"),
        new("ru", "ru-RU", "ru"),
        new("es", "es-ES", "es"),
    ];

    /// <summary>The languages named in <paramref name="codes"/> (<c>ar,fr</c>), in the UN's order; all six when empty.</summary>
    public static IReadOnlyList<PortalLanguage> Parse(string? codes)
    {
        if (string.IsNullOrWhiteSpace(codes))
        {
            return All;
        }

        string[] asked = codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string[] unknown = asked.Where(code => All.All(l => !string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase))).ToArray();
        return unknown.Length == 0
            ? All.Where(l => asked.Contains(l.Code, StringComparer.OrdinalIgnoreCase)).ToArray()
            : throw new ArgumentException($"Unknown language(s): {string.Join(", ", unknown)}. The portal speaks {string.Join(", ", All.Select(l => l.Code))}.", nameof(codes));
    }
}
