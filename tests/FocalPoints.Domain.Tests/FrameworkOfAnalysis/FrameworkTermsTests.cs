using System.Globalization;
using FocalPoints.Domain.Framework;

namespace FocalPoints.Domain.Tests.FrameworkOfAnalysis;

public sealed class FrameworkTermsTests
{
    public static TheoryData<string> Languages => [.. FrameworkTerms.Languages];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_term_is_written_in_each_UN_language(string language)
    {
        IReadOnlyDictionary<string, string> written = FrameworkTerms.WrittenIn(language == "en" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language));

        string[] missing = FrameworkTerms.Keys.Where(k => !written.TryGetValue(k, out string? text) || string.IsNullOrWhiteSpace(text)).Order(StringComparer.Ordinal).ToArray();
        string[] unknown = written.Keys.Where(k => !FrameworkTerms.Has(k)).ToArray();

        Assert.Empty(missing);
        Assert.Empty(unknown);
    }

    [Fact]
    public void The_six_languages_are_the_UN_official_ones()
    {
        Assert.Equal(["ar", "zh", "en", "fr", "ru", "es"], FrameworkTerms.Languages);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_factor_indicator_and_restraint_reads_in_each_language_and_only_English_reads_as_English(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        string[] texts =
        [
            .. RiskFactors.All.Select(f => f.Name(culture)),
            .. RiskFactors.All.SelectMany(f => f.Indicators).Select(i => i.Words(culture)),
            .. Restraints.All.Select(r => r.Name(culture)),
        ];
        string[] english =
        [
            .. RiskFactors.All.Select(f => f.Title),
            .. RiskFactors.All.SelectMany(f => f.Indicators).Select(i => i.Words(CultureInfo.InvariantCulture)),
            .. Restraints.All.Select(r => r.Title),
        ];

        Assert.All(texts, t => Assert.False(string.IsNullOrWhiteSpace(t)));
        int same = texts.Zip(english).Count(p => p.First == p.Second);
        Assert.Equal(language == "en" ? texts.Length : 0, same);
    }

    [Fact]
    public void Every_factor_has_its_indicators_numbered_from_one_without_gaps()
    {
        Assert.Equal(14, RiskFactors.All.Count);
        foreach (RiskFactor factor in RiskFactors.All)
        {
            Assert.NotEmpty(factor.Indicators);
            Assert.Equal(Enumerable.Range(1, factor.Indicators.Count), factor.Indicators.Select(i => i.Number));
            Assert.All(factor.Indicators, i => Assert.Equal(factor.Number, i.Factor));
        }

        // Every RFn.k key belongs to a factor's list: none is stranded after a gap.
        string[] indicatorKeys = FrameworkTerms.Keys.Where(k => k.Contains('.', StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(indicatorKeys, RiskFactors.All.SelectMany(f => f.Indicators).Select(i => i.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("RF8", 12)]
    [InlineData("RF9", 6)]
    [InlineData("RF1", 11)]
    [InlineData("RF7", 14)]
    public void IndicatorCount_comes_from_the_vocabulary(string id, int count)
    {
        RiskFactor factor = RiskFactors.Find(id)!;

        Assert.Equal(count, RiskFactors.IndicatorCount(factor));
        Assert.Equal(factor.Indicators.Count, RiskFactors.IndicatorCount(factor));
    }

    [Fact]
    public void An_indicator_is_written_factor_dot_number_and_has_its_words()
    {
        Indicator indicator = RiskFactors.Find("RF9")!.Indicators[2];

        Assert.Equal("9.3", indicator.Id);
        Assert.Equal("RF9.3", indicator.Key);
        Assert.Equal("History of atrocity crimes committed with impunity against protected groups.", indicator.Words(CultureInfo.InvariantCulture));
        Assert.Equal("Antécédents d'atrocités criminelles commises en toute impunité contre des groupes protégés.", indicator.Words(CultureInfo.GetCultureInfo("fr-CA")));
    }

    [Fact]
    public void Names_fall_back_to_English_for_a_language_the_vocabulary_does_not_have()
    {
        Assert.Equal("Weakness of State structures", RiskFactors.Find("RF3")!.Name(CultureInfo.GetCultureInfo("de")));
        Assert.Equal("Local capacity to resolve conflict", Restraints.Find("R5")!.Name(CultureInfo.GetCultureInfo("de")));
    }

    [Fact]
    public void An_unknown_term_is_an_error_not_an_empty_text()
    {
        Assert.Throws<KeyNotFoundException>(() => FrameworkTerms.Text("RF15", CultureInfo.InvariantCulture));
        Assert.False(FrameworkTerms.Has("RF9.7"));
    }
}
