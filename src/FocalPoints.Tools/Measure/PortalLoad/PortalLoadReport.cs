using System.Globalization;

namespace FocalPoints.Tools.Measure.PortalLoad;

/// <summary>The figures of <c>measure-portal</c> as rows of text: one table per line, a language's two visits per pair of rows.</summary>
public static class PortalLoadReport
{
    public static IReadOnlyList<string> Columns { get; } = ["Language", "Visit", "Requests", "From cache", "Transferred", "Target", "Met", "Form usable", "Satellites"];

    public static IEnumerable<string[]> Rows(IEnumerable<LanguageLoad> loads) => loads.SelectMany(load => new[]
    {
        Row(load.Language, load.First),
        Row(load.Language, load.Repeat),
    });

    /// <summary>
    /// Whether every language met both targets; else, for each visit that did not, by how much it missed
    /// (<c>fr first visit: 2.87 MB, 370.0 KB over 2.50 MB</c>).
    /// </summary>
    public static IReadOnlyList<string> Verdict(IReadOnlyList<LanguageLoad> loads)
    {
        string[] missed = loads
            .SelectMany(load => new[] { (load.Language, Visit: load.First), (load.Language, Visit: load.Repeat) })
            .Where(v => !v.Visit.TargetMet)
            .Select(v => $"{v.Language.Code} {Name(v.Visit.Kind).ToLowerInvariant()} visit: {Size(v.Visit.Bytes)}, {Size(v.Visit.Bytes - v.Visit.Target)} over {Size(v.Visit.Target)}")
            .ToArray();
        return missed.Length == 0
            ? [$"Targets met in all {loads.Count} language(s): first visit ≤ {Size(2_500_000)}, repeat visit ≤ {Size(100_000)}."]
            : ["Targets not met:", .. missed];
    }

    /// <summary>The <paramref name="count"/> largest files of a visit (<c>dotnet.native.wasm 977.1 KB</c>), fingerprints left in.</summary>
    public static string Largest(PortalVisit visit, int count) =>
        string.Join(", ", visit.Files.Take(count).Select(f => $"{FileName(f.Url)} {Size(f.Bytes)}"));

    /// <summary>Decimal units, as the targets are written: 2.50 MB is 2,500,000 bytes.</summary>
    public static string Size(long bytes) => bytes >= 1_000_000
        ? (bytes / 1_000_000.0).ToString("0.00 MB", CultureInfo.InvariantCulture)
        : (bytes / 1_000.0).ToString("0.0 KB", CultureInfo.InvariantCulture);

    public static string Seconds(double ms) => (ms / 1000).ToString("0.00 s", CultureInfo.InvariantCulture);

    public static string FileName(string url) => Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && uri.AbsolutePath != "/"
        ? Path.GetFileName(uri.AbsolutePath)
        : url;

    private static string[] Row(PortalLanguage language, PortalVisit visit) =>
    [
        language.Code,
        Name(visit.Kind),
        visit.Requests.ToString(CultureInfo.InvariantCulture),
        visit.FromCache.ToString(CultureInfo.InvariantCulture),
        Size(visit.Bytes),
        "≤ " + Size(visit.Target),
        visit.TargetMet ? "yes" : "no",
        Seconds(visit.UsableMs),
        visit.SatelliteCultures.Count == 0 ? "—" : string.Join(", ", visit.SatelliteCultures),
    ];

    private static string Name(VisitKind kind) => kind == VisitKind.First ? "First" : "Repeat";
}
