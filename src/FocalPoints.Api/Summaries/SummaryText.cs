using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Resources;
using FocalPoints.Domain.Framework;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Summaries;

namespace FocalPoints.Api.Summaries;

/// <summary>
/// The words and numbers every summary rendering shares, in the reader's language: headings, labels,
/// statuses and enum values from <c>Summaries/Words/SummaryWords*.resx</c>, the Framework's factors and
/// restraints from the domain's vocabulary, dates and amounts in the reader's culture. What people
/// wrote (titles, descriptions, names) never passes through here and stays as written.
/// </summary>
internal sealed class SummaryText(CultureInfo culture)
{
    private static readonly ResourceManager Resources = new("FocalPoints.Api.Summaries.Words.SummaryWords", typeof(SummaryText).Assembly);

    // A summary of 193 countries looks up thousands of words: each language's words (with their
    // fallbacks) are read from the resources once, and each enum value's key is built once.
    private static readonly ConcurrentDictionary<CultureInfo, FrozenDictionary<string, string>> Vocabularies = new();
    private static readonly ConcurrentDictionary<Enum, string> EnumKeys = new();

    private readonly FrozenDictionary<string, string> words = Vocabularies.GetOrAdd(culture, Vocabulary);

    public CultureInfo Culture => culture;

    /// <summary>The language tag for <c>&lt;html lang&gt;</c>: <c>ar</c>, <c>zh</c>, <c>en</c>…</summary>
    public string LanguageTag => culture.TwoLetterISOLanguageName;

    /// <summary>The writing direction for <c>&lt;html dir&gt;</c>.</summary>
    public string Direction => culture.TextInfo.IsRightToLeft ? "rtl" : "ltr";

    public string this[string key] =>
        words.TryGetValue(key, out string? word) ? word : throw new KeyNotFoundException($"The summaries' vocabulary has no word '{key}'.");

    public string Format(string key, params object?[] arguments) => string.Format(culture, this[key], arguments);

    public string Title(CountrySummary s) => Format("Title", Country(s), s.CycleTitle);

    /// <summary>The country's name in the reader's language (CLDR); a member that is not a UN Member State keeps its directory name.</summary>
    public string Country(CountrySummary s) =>
        UnMemberStates.TryGet(s.Country, out _) ? CountryNames.Name(s.Country, culture) : s.CountryName;

    public string Subtitle(CountrySummary s) => Format("Subtitle", s.CycleId, Date(s.GeneratedOn));

    public string Audience(CountrySummary s) => this[s.Audience == SummaryAudience.PeerReviewers ? "Audience.PeerReviewers" : "Audience.Internal"];

    /// <summary>An enum value in words (<c>RiskRating.High</c> → "high", "élevé", "مرتفع").</summary>
    public string Words(Enum value) => this[EnumKeys.GetOrAdd(value, v => $"{v.GetType().Name}.{v}")];

    public string Amount(decimal amount) => amount.ToString("#,##0.##", culture);

    public string Count(long count) => count.ToString("#,##0", culture);

    public string Date(DateOnly? date) => date?.ToString(this["DateFormat"], culture) ?? "—";

    public string Coverage(StepCoverage c) =>
        !c.Approved ? this["NotApproved"]
        : !c.Shown ? this["NotShared"]
        : Format("ApprovedShared", Words(c.Sharing!.Value));

    public string Trend(Trend? trend) => trend is Domain.Strategies.Content.Trend t ? Words(t) : "—";

    /// <summary>The implementation a country declared of a recommendation, or "not declared".</summary>
    public string Implementation(Domain.PeerReviews.RecommendationProgress? declared) =>
        declared is { } progress ? Words(progress) : this["RecommendationProgress.NotDeclared"];

    public string YesNo(bool? value) => this[value switch { true => "Yes", false => "No", null => "NotStated" }];

    public string StepTitle(StrategyStep step) => Words(step);

    /// <summary>"RF9 Intergroup tensions…" in the reader's language (the id alone if the Framework has no such factor).</summary>
    public string Factor(string id) => RiskFactors.Find(id) is RiskFactor f ? $"{id} {f.Name(culture)}" : id;

    /// <summary>"R6 Media capacity…" in the reader's language (the id alone if there is no such restraint).</summary>
    public string Restraint(string id) => Restraints.Find(id) is Restraint r ? $"{id} {r.Name(culture)}" : id;

    public static int Level(RiskRating rating) => rating switch
    {
        RiskRating.Low => 1,
        RiskRating.Moderate => 2,
        RiskRating.High => 3,
        RiskRating.Severe => 4,
        _ => 0,
    };

    /// <summary>Every key of the summaries' vocabulary, from the English file (for completeness checks).</summary>
    internal static IReadOnlyCollection<string> Keys => [.. WrittenIn(CultureInfo.InvariantCulture).Keys];

    /// <summary>A language's words with the resources' fallback: its own, then its parents', then English.</summary>
    private static FrozenDictionary<string, string> Vocabulary(CultureInfo culture)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        for (CultureInfo language = culture; ; language = language.Parent)
        {
            foreach ((string key, string word) in WrittenIn(language))
            {
                words.TryAdd(key, word);
            }

            if (language.Equals(CultureInfo.InvariantCulture))
            {
                return words.ToFrozenDictionary(StringComparer.Ordinal);
            }
        }
    }

    /// <summary>The words one language's own file holds (no fallback).</summary>
    internal static IReadOnlyDictionary<string, string> WrittenIn(CultureInfo culture) => WrittenIn(Resources, culture);

    /// <summary>The words one language's own file of <paramref name="resources"/> holds (no fallback).</summary>
    internal static IReadOnlyDictionary<string, string> WrittenIn(ResourceManager resources, CultureInfo culture)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        if (resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false) is ResourceSet set)
        {
            foreach (System.Collections.DictionaryEntry entry in set)
            {
                words[(string)entry.Key] = entry.Value as string ?? string.Empty;
            }
        }

        return words;
    }
}
