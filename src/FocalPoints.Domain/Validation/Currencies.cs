using System.Collections.Frozen;
using System.Globalization;

namespace FocalPoints.Domain.Validation;

/// <summary>
/// ISO 4217 currency codes known to the platform's culture data (ICU), plus the IMF's SDR.
/// Using the culture data keeps the list maintained by the runtime instead of by hand.
/// </summary>
public static class Currencies
{
    private static readonly FrozenSet<string> Codes = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(TryRegion)
        .OfType<RegionInfo>()
        .Select(r => r.ISOCurrencySymbol)
        .Where(c => c.Length == 3 && c.All(char.IsAsciiLetterUpper))
        .Append("XDR")
        .ToFrozenSet(StringComparer.Ordinal);

    public static bool IsIso4217(string? code) => code is not null && Codes.Contains(code);

    private static RegionInfo? TryRegion(CultureInfo culture)
    {
        try
        {
            return new RegionInfo(culture.Name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
