using System.Globalization;
using System.Text.RegularExpressions;
using FocalPoints.Portal.Localization;

namespace FocalPoints.Portal.Tests.Localization;

public sealed partial class LanguageChoiceTests
{
    [Theory]
    [InlineData("es", new[] { "fr-FR" }, "es")]
    [InlineData(null, new[] { "de-DE", "fr-CA", "en" }, "fr")]
    [InlineData("de", new[] { "ja" }, "en")]
    [InlineData(null, new[] { "ES-mx" }, "es")]
    [InlineData(null, new[] { "de", "ar-EG" }, "ar")]
    [InlineData(null, new[] { "ru-RU" }, "ru")]
    [InlineData(null, new[] { "zh" }, "zh-Hans")]
    [InlineData(null, new[] { "zh-CN" }, "zh-Hans")]
    [InlineData(null, new[] { "zh-Hans" }, "zh-Hans")]
    [InlineData("zh-Hans", new[] { "en-GB" }, "zh-Hans")]
    [InlineData(PseudoLocalization.Code, new[] { "fr" }, "fr")]
    public void Pick_prefers_the_remembered_choice_then_the_browser_then_English(string? chosen, string[] browser, string expected) =>
        Assert.Equal(expected, LanguageChoice.Pick(chosen, browser));

    [Theory]
    [InlineData("fr", new[] { "fr-CA" }, "fr-CA")]
    [InlineData("zh-Hans", new[] { "zh-CN" }, "zh-CN")]
    [InlineData("zh-Hans", new[] { "zh-TW" }, "zh-Hans")]
    [InlineData("zh-Hans", new[] { "zh" }, "zh-Hans")]
    [InlineData("ar", new[] { "ar-EG" }, "ar-EG")]
    [InlineData("ru", new[] { "en-US" }, "ru")]
    public void The_culture_is_the_browsers_regional_one_when_the_languages_texts_apply_to_it(string language, string[] browser, string expected) =>
        Assert.Equal(expected, LanguageChoice.BrowserCulture(language, browser));

    [Theory]
    [InlineData("zh")]
    [InlineData("zh-CN")]
    [InlineData("zh-Hans")]
    [InlineData("zh-SG")]
    public void Every_name_of_Simplified_Chinese_finds_the_zh_Hans_resources(string name)
    {
        var culture = CultureInfo.GetCultureInfo(LanguageChoice.BrowserCulture(LanguageChoice.Pick(null, [name]), [name]));
        var seen = new List<string>();
        for (CultureInfo c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            seen.Add(c.Name);
        }

        Assert.Contains("zh-Hans", seen);
    }

    [Fact]
    public void The_switcher_offers_the_six_languages_by_their_own_names_in_the_UN_order() =>
        Assert.Equal(["العربية", "中文", "English", "Français", "Русский", "Español"], LanguageChoice.Supported.Select(s => s.NativeName));

    [Fact]
    public void The_start_script_knows_the_same_languages_and_writes_right_to_left_the_ones_whose_culture_does()
    {
        string script = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "portal.js"));

        string[] languages = List(script, "languages");
        string[] rightToLeft = List(script, "rightToLeft");

        Assert.Equal(LanguageChoice.Supported.Select(s => s.Code), languages);
        Assert.Equal(languages.Where(code => CultureInfo.GetCultureInfo(code).TextInfo.IsRightToLeft), rightToLeft);
        Assert.Equal(PseudoLocalization.Code, ConstantPattern().Match(script).Groups["value"].Value);
    }

    private static string[] List(string script, string name)
    {
        Match list = Regex.Match(script, $@"const {name} = \[(?<items>[^\]]*)\];");
        Assert.True(list.Success, $"portal.js has no const {name} = [...]");
        return [.. Regex.Matches(list.Groups["items"].Value, "\"(?<code>[^\"]+)\"").Select(m => m.Groups["code"].Value)];
    }

    [GeneratedRegex("const pseudo = \"(?<value>[^\"]+)\";")]
    private static partial Regex ConstantPattern();
}
