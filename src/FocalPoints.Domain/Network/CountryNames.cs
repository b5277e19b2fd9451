using System.Globalization;

namespace FocalPoints.Domain.Network;

/// <summary>
/// A Member State's name in a reader's language, from its code: English is the UN's own short name
/// (<see cref="UnMemberStates"/>); Arabic, Chinese, French, Russian and Spanish are Unicode CLDR's
/// territory names with a few UN usages, generated into <c>CountryNames.Cldr.cs</c> by the tools'
/// <c>country-names</c> command. The directory, progress and messages keep codes; names are read
/// here when someone reads them, so each reader sees them in their own language.
/// </summary>
public static partial class CountryNames
{
    /// <summary>
    /// The name of <paramref name="iso3"/> in <paramref name="language"/>, or the code as given when
    /// it is not a Member State (a name is never made up).
    /// </summary>
    public static string Name(string iso3, Language language)
    {
        if (!UnMemberStates.TryGet(iso3.ToUpperInvariant(), out UnMemberState state))
        {
            return iso3;
        }

        int column = Array.IndexOf(Columns, language);
        return column < 0 ? state.Name : Translated[state.Iso3][column];
    }

    /// <summary>The name of <paramref name="iso3"/> in the language of <paramref name="culture"/> (English when it is none of the six).</summary>
    public static string Name(string iso3, CultureInfo culture) => Name(iso3, Languages.Of(culture));
}
