using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using FocalPoints.Domain;
using FocalPoints.Domain.Network;
using FocalPoints.Infrastructure.Mail;

namespace FocalPoints.Infrastructure.Tests.Mail;

/// <summary>
/// Every language pack that ships (the embedded <c>Mail/Templates/{language}.json</c>) has every key
/// of the English one and no other, no empty value, and uses the same Liquid variables in each text,
/// so a translation can neither drop a fact nor ask for one the messenger does not give.
/// </summary>
public partial class TemplateCompletenessTests
{
    private static readonly Assembly Infrastructure = typeof(MessageTemplates).Assembly;

    public static TheoryData<Language> TheSixLanguages() => [.. Enum.GetValues<Language>()];

    [Fact]
    public void Every_UN_language_is_translated()
    {
        Assert.Equal(Enum.GetValues<Language>().Order(), MessageTemplates.Translated.Order());
        Assert.Equal(6, MessageTemplates.Translated.Count);
    }

    [Theory]
    [MemberData(nameof(TheSixLanguages))]
    public void A_pack_has_the_keys_of_the_english_pack_and_no_other(Language language)
    {
        Dictionary<string, string> english = Pack(Language.En);
        Dictionary<string, string> pack = Pack(language);

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), pack.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TheSixLanguages))]
    public void A_pack_has_no_empty_value(Language language) =>
        Assert.All(Pack(language), entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), $"{language}: {entry.Key} is empty"));

    [Theory]
    [MemberData(nameof(TheSixLanguages))]
    public void A_text_uses_the_same_variables_as_in_english(Language language)
    {
        Dictionary<string, string> english = Pack(language == Language.En ? Language.Fr : Language.En);
        Dictionary<string, string> pack = Pack(language);

        Assert.All(english.Keys.Where(pack.ContainsKey), key =>
            Assert.True(Variables(english[key]).SetEquals(Variables(pack[key])), $"{language}: {key} uses {{{string.Join(", ", Variables(pack[key]))}}}, English {{{string.Join(", ", Variables(english[key]))}}}"));
    }

    [Fact]
    public void Variables_are_found_in_output_tags_and_in_tags() =>
        Assert.Equal(["country", "due", "items", "step"], Variables("{{ country }}: {{step}} {% if items.size > 0 %}{{ due | upcase }}{% endif %}").Order(StringComparer.Ordinal));

    // Every value of the pack by its path ("moments.reminder.subject", "labels.footer", ...).
    private static Dictionary<string, string> Pack(Language language)
    {
        string name = Infrastructure.GetManifestResourceNames().Single(n => n.EndsWith($".Mail.Templates.{JsonNaming.CamelCase(language.ToString())}.json", StringComparison.Ordinal));
        using Stream stream = Infrastructure.GetManifestResourceStream(name)!;
        using JsonDocument json = JsonDocument.Parse(stream);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Flatten(json.RootElement, string.Empty, values);
        return values;
    }

    private static void Flatten(JsonElement element, string path, Dictionary<string, string> values)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty property in element.EnumerateObject())
            {
                Flatten(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", values);
            }
        }
        else
        {
            values.Add(path, element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText());
        }
    }

    // The first name in each {{ ... }} and {% ... %} (the variable, before any filter or property).
    private static HashSet<string> Variables(string text) =>
        [.. LiquidVariable().Matches(text).Select(m => m.Groups["name"].Value).Where(n => n is not ("if" or "endif" or "for" or "endfor" or "in"))];

    [GeneratedRegex(@"(?:\{\{|\{%)\s*(?:if\s+|for\s+\w+\s+in\s+)?(?<name>[A-Za-z_]\w*)")]
    private static partial Regex LiquidVariable();
}
