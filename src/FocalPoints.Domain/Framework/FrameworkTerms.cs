using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Resources;
using FocalPoints.Domain.Network;

namespace FocalPoints.Domain.Framework;

/// <summary>
/// The words of the Framework of Analysis for Atrocity Crimes (risk factors, their indicators) and of
/// the seven restraints, in the six UN languages. One owner: <c>Framework/Terms/FrameworkTerms*.resx</c>
/// (keys <c>RF9</c>, <c>RF9.3</c>, <c>R3</c>); the English file is the neutral one and also says how many
/// indicators each factor has. Terms not yet checked against the official texts are listed in
/// <c>Framework/Terms/Review.md</c>. Resources, not code, so the browser loads a language as a satellite assembly.
/// </summary>
public static class FrameworkTerms
{
    private static readonly ResourceManager Resources = new("FocalPoints.Domain.Framework.Terms.FrameworkTerms", typeof(FrameworkTerms).Assembly);

    // A summary of 193 countries names factors and restraints thousands of times: each language's terms
    // (with their fallbacks) are read from the resources once.
    private static readonly ConcurrentDictionary<CultureInfo, FrozenDictionary<string, string>> Vocabularies = new();

    /// <summary>The six official languages of the United Nations, in which the Framework was published: <c>ar</c>, <c>zh</c>, <c>en</c>, <c>fr</c>, <c>ru</c>, <c>es</c>.</summary>
    public static IReadOnlyList<string> Languages { get; } = [.. Enum.GetValues<Language>().Select(l => l.ToString().ToLowerInvariant())];

    /// <summary>Every key of the vocabulary (from the English file), in no particular order.</summary>
    public static IReadOnlyCollection<string> Keys { get; } = KeysOf(CultureInfo.InvariantCulture);

    /// <summary>
    /// The text of <paramref name="key"/> in <paramref name="culture"/>'s language (its parents, then English,
    /// where that language lacks it).
    /// </summary>
    /// <exception cref="KeyNotFoundException">The vocabulary has no such key.</exception>
    public static string Text(string key, CultureInfo culture) =>
        Vocabularies.GetOrAdd(culture, Vocabulary).TryGetValue(key, out string? text) ? text : throw new KeyNotFoundException($"The Framework vocabulary has no term '{key}'.");

    /// <summary>Whether the vocabulary has <paramref name="key"/>.</summary>
    public static bool Has(string key) => Keys.Contains(key);

    /// <summary>The terms written in one language's own file (no fallback), for completeness checks.</summary>
    public static IReadOnlyDictionary<string, string> WrittenIn(CultureInfo culture)
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        ResourceSet? set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        if (set is not null)
        {
            foreach (DictionaryEntry entry in set)
            {
                terms[(string)entry.Key] = entry.Value as string ?? string.Empty;
            }
        }

        return terms;
    }

    /// <summary>A language's terms with the resources' fallback: its own, then its parents', then English.</summary>
    private static FrozenDictionary<string, string> Vocabulary(CultureInfo culture)
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        for (CultureInfo language = culture; ; language = language.Parent)
        {
            foreach ((string key, string text) in WrittenIn(language))
            {
                terms.TryAdd(key, text);
            }

            if (language.Equals(CultureInfo.InvariantCulture))
            {
                return terms.ToFrozenDictionary(StringComparer.Ordinal);
            }
        }
    }

    private static HashSet<string> KeysOf(CultureInfo culture) => [.. WrittenIn(culture).Keys];
}
