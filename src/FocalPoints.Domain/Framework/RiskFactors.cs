using System.Globalization;

namespace FocalPoints.Domain.Framework;

/// <summary>
/// A risk factor of the UN Framework of Analysis for Atrocity Crimes (2014). Its words and its indicators
/// come from <see cref="FrameworkTerms"/>.
/// </summary>
public sealed record RiskFactor(string Id, int Number, bool Specific)
{
    /// <summary>The factor's name in English (the neutral language of the vocabulary).</summary>
    public string Title => Name(CultureInfo.InvariantCulture);

    /// <summary>The indicators the Framework lists under this factor, in order (<c>9.1</c>…<c>9.6</c>).</summary>
    public IReadOnlyList<Indicator> Indicators => RiskFactors.IndicatorsOf(Number);

    /// <summary>The factor's name in <paramref name="culture"/>'s language.</summary>
    public string Name(CultureInfo culture) => FrameworkTerms.Text(Id, culture);
}

/// <summary>An indicator of a risk factor, written <c>9.3</c> in step contents.</summary>
public sealed record Indicator(int Factor, int Number)
{
    /// <summary>How step contents and people write it: <c>9.3</c>.</summary>
    public string Id => string.Create(CultureInfo.InvariantCulture, $"{Factor}.{Number}");

    /// <summary>Its key in <see cref="FrameworkTerms"/>: <c>RF9.3</c>.</summary>
    public string Key => "RF" + Id;

    /// <summary>The indicator's words in <paramref name="culture"/>'s language.</summary>
    public string Words(CultureInfo culture) => FrameworkTerms.Text(Key, culture);
}

/// <summary>The 14 risk factors: RF1–RF8 common to all atrocity crimes, RF9–RF14 specific ones.</summary>
public static class RiskFactors
{
    /// <summary>All 14 factors in Framework order.</summary>
    public static IReadOnlyList<RiskFactor> All { get; } = Enumerable.Range(1, 14)
        .Select(n => new RiskFactor(string.Create(CultureInfo.InvariantCulture, $"RF{n}"), n, Specific: n >= 9))
        .ToArray();

    // Each factor's indicators, counted once from the vocabulary: RFn.1, RFn.2, … up to the first missing key.
    private static readonly IReadOnlyList<Indicator>[] IndicatorLists = [.. All.Select(f => Counted(f.Number))];

    /// <summary>Finds a factor by id (<c>RF1</c>…<c>RF14</c>).</summary>
    public static RiskFactor? Find(string? id) => All.FirstOrDefault(f => f.Id == id);

    /// <summary>The number of indicators the Framework gives <paramref name="factor"/> (RF8: 12, RF9: 6, …), from the vocabulary.</summary>
    public static int IndicatorCount(RiskFactor factor) => factor.Indicators.Count;

    internal static IReadOnlyList<Indicator> IndicatorsOf(int factor) => factor >= 1 && factor <= IndicatorLists.Length ? IndicatorLists[factor - 1] : [];

    private static Indicator[] Counted(int factor)
    {
        var indicators = new List<Indicator>();
        for (var next = new Indicator(factor, 1); FrameworkTerms.Has(next.Key); next = next with { Number = next.Number + 1 })
        {
            indicators.Add(next);
        }

        return [.. indicators];
    }
}
