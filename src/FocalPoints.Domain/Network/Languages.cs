using System.Globalization;

namespace FocalPoints.Domain.Network;

/// <summary>The UN language a culture is written in.</summary>
public static class Languages
{
    /// <summary>
    /// The language of <paramref name="culture"/> or of its nearest parent (<c>fr-CA</c> is French,
    /// <c>zh-Hant-TW</c> Chinese), English when it is none of the six.
    /// </summary>
    public static Language Of(CultureInfo culture) =>
        Enum.TryParse(culture.TwoLetterISOLanguageName, ignoreCase: true, out Language language) && Enum.IsDefined(language)
            ? language
            : Language.En;
}
