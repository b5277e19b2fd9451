using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using FocalPoints.Portal.Localization;

namespace FocalPoints.Portal.Tests.Localization;

/// <summary>
/// The portal's texts as built (the English resources in the portal's assembly, the others in its
/// satellite assemblies): complete in every language the switcher offers, and each English text
/// written once, in the vocabulary when more than one component shows it.
/// </summary>
public sealed partial class ResourcesTests
{
    /// <summary>
    /// English words that stay in two places on purpose: the same English for different things, which
    /// other languages tell apart ("Submitted" is a heading, a column "Submitted on", a kind of event).
    /// </summary>
    private static readonly HashSet<string> Homonyms = new(StringComparer.Ordinal)
    {
        "Submitted", // a step's state (Soumis), a date column (Soumis le / Soumise le), an event (Soumission)
        "Actions", // a strategy's actions (vocabulary) and a table's column of buttons (Directory)
        "Action", // an action of the strategy (StepContentView) and a table's column of links (vocabulary)
    };

    private static readonly Assembly Portal = typeof(Vocabulary).Assembly;

    public static TheoryData<string> Languages => [.. LanguageChoice.Supported.Select(s => s.Code).Where(c => c != "en")];

    [Fact]
    public void The_vocabulary_is_one_of_the_portal_resources() =>
        Assert.Contains("FocalPoints.Portal.Resources.Localization.Vocabulary", BaseNames());

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_key_has_a_text_in_each_language_with_the_same_placeholders(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var problems = new List<string>();
        foreach (string baseName in BaseNames())
        {
            var manager = new ResourceManager(baseName, Portal);
            Dictionary<string, string> english = Texts(manager, CultureInfo.InvariantCulture);
            Dictionary<string, string> translated = Texts(manager, culture);
            string resource = baseName["FocalPoints.Portal.Resources.".Length..];
            foreach ((string key, string text) in english)
            {
                if (string.IsNullOrWhiteSpace(text))
                {
                    problems.Add($"{resource}: {key} is empty in English");
                }

                if (!translated.TryGetValue(key, out string? other) || string.IsNullOrWhiteSpace(other))
                {
                    problems.Add($"{resource}: {key} has no {language} text");
                }
                else if (!Placeholders(text).SetEquals(Placeholders(other)))
                {
                    problems.Add($"{resource}: {key} has placeholders {string.Join(",", Placeholders(text))} in English, {string.Join(",", Placeholders(other))} in {language}");
                }
            }

            problems.AddRange(translated.Keys.Except(english.Keys).Select(key => $"{resource}: {key} is only in {language}"));
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void An_English_text_is_written_in_one_resource_only()
    {
        var repeated = BaseNames()
            .SelectMany(baseName => Texts(new ResourceManager(baseName, Portal), CultureInfo.InvariantCulture).Values.Distinct()
                .Select(text => (Text: text, Resource: baseName["FocalPoints.Portal.Resources.".Length..])))
            .GroupBy(t => t.Text, StringComparer.Ordinal)
            .Where(g => g.Count() > 1 && !Homonyms.Contains(g.Key))
            .Select(g => $"\"{g.Key}\" in {string.Join(", ", g.Select(t => t.Resource))}")
            .ToList();

        Assert.Empty(repeated);
    }

    private static IEnumerable<string> BaseNames() => Portal.GetManifestResourceNames()
        .Where(n => n.StartsWith("FocalPoints.Portal.Resources.", StringComparison.Ordinal) && n.EndsWith(".resources", StringComparison.Ordinal))
        .Select(n => n[..^".resources".Length])
        .Order(StringComparer.Ordinal);

    private static Dictionary<string, string> Texts(ResourceManager manager, CultureInfo culture)
    {
        ResourceSet? set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        return set is null
            ? []
            : set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? string.Empty, StringComparer.Ordinal);
    }

    private static HashSet<string> Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => m.Groups["index"].Value)];

    [GeneratedRegex(@"\{(?<index>\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
