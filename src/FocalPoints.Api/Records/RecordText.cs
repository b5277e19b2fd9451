using System.Globalization;
using System.Resources;
using FocalPoints.Api.Summaries;

namespace FocalPoints.Api.Records;

/// <summary>
/// A country record's words in the reader's language: its own (<c>Records/Words/RecordWords*.resx</c>), and the
/// summaries' for what both say (steps, sharing, factors, restraints, ratings, audiences, sources, statuses).
/// </summary>
internal sealed class RecordText(CultureInfo culture)
{
    private static readonly ResourceManager Resources = new("FocalPoints.Api.Records.Words.RecordWords", typeof(RecordText).Assembly);

    public SummaryText Summary { get; } = new(culture);

    public string this[string key] =>
        Resources.GetString(key, culture) ?? throw new KeyNotFoundException($"The record's vocabulary has no word '{key}'.");

    public string Format(string key, params object?[] arguments) => string.Format(culture, this[key], arguments);

    /// <summary>An enum value in the record's words (<c>StepStatus.Returned</c> → "returned for revision").</summary>
    public string Words(Enum value) => this[$"{value.GetType().Name}.{value}"];

    /// <summary>An instant as a date in the reader's way.</summary>
    public string Date(DateTime utc) => Summary.Date(DateOnly.FromDateTime(utc));

    /// <summary>Every key and word one language's own file holds (no fallback), for completeness checks.</summary>
    internal static IReadOnlyDictionary<string, string> WrittenIn(CultureInfo language) => SummaryText.WrittenIn(Resources, language);
}
