using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using FocalPoints.Portal.Localization;

namespace FocalPoints.Portal.Tests.Localization;

/// <summary>
/// The portal's own ICU data (<c>Localization/icudt_focalpoints.dat</c>, made by <c>eng/icu/make-icu.sh</c>): the
/// runtime pack's whole <c>icudt.dat</c> without the locales of other languages, item for item the same build, so
/// that every culture of the six languages formats as with the whole.
/// </summary>
public sealed partial class IcuDataTests
{
    private static readonly IcuCommonData Portal = IcuCommonData.Read(Path.Combine(AppContext.BaseDirectory, "icudt_focalpoints.dat"));

    private static readonly IcuCommonData Whole = IcuCommonData.Read(typeof(IcuDataTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RuntimePackIcuData").Value!);

    /// <summary>The languages of the switcher as ICU names them: <c>zh</c> for zh-Hans.</summary>
    private static readonly string[] Languages = LanguageChoice.Supported.Select(s => s.Code.Split('-')[0]).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void The_portals_ICU_data_is_the_runtime_packs_own_build_item_for_item()
    {
        Assert.Equal(Whole.DataFormat, Portal.DataFormat);
        Assert.Equal(Whole.Package, Portal.Package); // icudt68l: the ICU version and byte order the runtime was built with
        Assert.All(Portal.Names, name => Assert.True(Whole.Has(name) && Whole.Item(name).AsSpan().SequenceEqual(Portal.Item(name)), $"{name} differs from the runtime pack's"));
    }

    [Fact]
    public void It_keeps_everything_but_the_locales_of_other_languages()
    {
        string[] expected = Whole.Names.Where(name => LanguageOf(name) is not { } language || Languages.Contains(language)).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(expected, Portal.Names.Order(StringComparer.Ordinal));
        Assert.Equal(Languages, Portal.Names.Select(LanguageOf).OfType<string>().Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("ar-EG")]
    [InlineData("zh-Hans")]
    [InlineData("zh-CN")]
    [InlineData("en-GB")]
    [InlineData("fr-CA")]
    [InlineData("es-MX")]
    [InlineData("ru-RU")]
    public void A_culture_the_portal_may_pick_finds_all_its_languages_data(string culture)
    {
        string language = CultureInfo.GetCultureInfo(culture).TwoLetterISOLanguageName;
        string own = culture.Replace('-', '_') + ".res";

        Assert.All(Whole.Names.Where(name => LanguageOf(name) == language), name => Assert.True(Portal.Has(name), $"{name} is missing"));
        Assert.Equal(Whole.Has(own), Portal.Has(own));
        Assert.True(Portal.Has("root.res") && Portal.Has("coll/root.res") && Portal.Has("coll/ucadata.icu"));
    }

    /// <summary>The language of a locale's item (<c>coll/zh_Hans.res</c>: zh), or null for what is no locale (root, supplemental data, the index).</summary>
    private static string? LanguageOf(string name) =>
        LocaleItem().Match(name) is { Success: true } match && !name.EndsWith("res_index.res", StringComparison.Ordinal) ? match.Groups["language"].Value : null;

    [GeneratedRegex(@"^(?:[a-z]+/)?(?<language>[a-z]{2,3})(?:_[A-Za-z0-9]+)*\.res$")]
    private static partial Regex LocaleItem();
}
