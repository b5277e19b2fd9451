using System.Globalization;
using FocalPoints.Domain.Network;

namespace FocalPoints.Domain.Tests.Network;

public class CountryNamesTests
{
    public static TheoryData<Language> TheSixLanguages() => [.. Enum.GetValues<Language>()];

    [Theory]
    [MemberData(nameof(TheSixLanguages))]
    public void Every_Member_State_has_a_name_of_its_own_in_every_language(Language language)
    {
        string[] names = [.. UnMemberStates.All.Select(s => CountryNames.Name(s.Iso3, language))];

        Assert.Equal(193, names.Length);
        Assert.All(names, name => Assert.False(string.IsNullOrWhiteSpace(name)));
        Assert.All(names, name => Assert.DoesNotMatch("^[A-Z]{3}$", name)); // a name, not the code it fell back to
        Assert.Equal(193, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(Language.Ar, "كوت ديفوار")]
    [InlineData(Language.Zh, "科特迪瓦")]
    [InlineData(Language.En, "Côte d'Ivoire")]
    [InlineData(Language.Fr, "Côte d’Ivoire")]
    [InlineData(Language.Ru, "Кот-д’Ивуар")]
    [InlineData(Language.Es, "Côte d’Ivoire")]
    public void A_name_is_in_the_readers_language(Language language, string expected) =>
        Assert.Equal(expected, CountryNames.Name("CIV", language));

    [Fact]
    public void English_is_the_UNs_own_short_name_and_the_others_use_the_UNs_where_CLDR_is_colloquial()
    {
        Assert.Equal("Democratic People's Republic of Korea", CountryNames.Name("PRK", Language.En));
        Assert.Equal("République populaire démocratique de Corée", CountryNames.Name("PRK", Language.Fr));
        Assert.Equal("Демократическая Республика Конго", CountryNames.Name("COD", Language.Ru));
        Assert.Equal("Гана", CountryNames.Name("GHA", Language.Ru));
    }

    [Fact]
    public void A_code_that_is_no_Member_State_is_shown_as_it_is() =>
        Assert.Equal("XKX", CountryNames.Name("XKX", Language.Fr));

    [Fact]
    public void A_lower_case_code_is_found() =>
        Assert.Equal("加纳", CountryNames.Name("gha", Language.Zh));

    [Theory]
    [InlineData("fr-CA", Language.Fr)]
    [InlineData("zh-Hans-CN", Language.Zh)]
    [InlineData("zh-Hant-TW", Language.Zh)]
    [InlineData("ar-EG", Language.Ar)]
    [InlineData("ru", Language.Ru)]
    [InlineData("es-419", Language.Es)]
    [InlineData("de-DE", Language.En)]
    [InlineData("", Language.En)]
    public void A_culture_reads_in_its_UN_language_or_english(string culture, Language expected)
    {
        Assert.Equal(expected, Languages.Of(CultureInfo.GetCultureInfo(culture)));
        Assert.Equal(CountryNames.Name("GHA", expected), CountryNames.Name("GHA", CultureInfo.GetCultureInfo(culture)));
    }
}
