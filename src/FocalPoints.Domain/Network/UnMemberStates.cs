using System.Collections.Frozen;

namespace FocalPoints.Domain.Network;

/// <summary>One of the 193 UN Member States: ISO 3166-1 alpha-3 code, short name, regional group.</summary>
public sealed record UnMemberState(string Iso3, string Name, RegionalGroup RegionalGroup);

/// <summary>
/// The 193 UN Member States, the only countries the network accepts as members today.
/// Kiribati, which belongs to no regional group, is listed with the Asia-Pacific States and the
/// United States, an observer of the Western European and Other States, with that group, so that
/// every state has a cohort.
/// </summary>
public static class UnMemberStates
{
    private static readonly UnMemberState[] States =
    [
        .. Group(RegionalGroup.AfricanStates,
            "DZA:Algeria", "AGO:Angola", "BEN:Benin", "BWA:Botswana", "BFA:Burkina Faso", "BDI:Burundi",
            "CPV:Cabo Verde", "CMR:Cameroon", "CAF:Central African Republic", "TCD:Chad", "COM:Comoros",
            "COG:Congo", "CIV:Côte d'Ivoire", "COD:Democratic Republic of the Congo", "DJI:Djibouti",
            "EGY:Egypt", "GNQ:Equatorial Guinea", "ERI:Eritrea", "SWZ:Eswatini", "ETH:Ethiopia", "GAB:Gabon",
            "GMB:Gambia", "GHA:Ghana", "GIN:Guinea", "GNB:Guinea-Bissau", "KEN:Kenya", "LSO:Lesotho",
            "LBR:Liberia", "LBY:Libya", "MDG:Madagascar", "MWI:Malawi", "MLI:Mali", "MRT:Mauritania",
            "MUS:Mauritius", "MAR:Morocco", "MOZ:Mozambique", "NAM:Namibia", "NER:Niger", "NGA:Nigeria",
            "RWA:Rwanda", "STP:Sao Tome and Principe", "SEN:Senegal", "SYC:Seychelles", "SLE:Sierra Leone",
            "SOM:Somalia", "ZAF:South Africa", "SSD:South Sudan", "SDN:Sudan", "TGO:Togo", "TUN:Tunisia",
            "UGA:Uganda", "TZA:United Republic of Tanzania", "ZMB:Zambia", "ZWE:Zimbabwe"),
        .. Group(RegionalGroup.AsiaPacificStates,
            "AFG:Afghanistan", "BHR:Bahrain", "BGD:Bangladesh", "BTN:Bhutan", "BRN:Brunei Darussalam",
            "KHM:Cambodia", "CHN:China", "CYP:Cyprus", "PRK:Democratic People's Republic of Korea", "FJI:Fiji",
            "IND:India", "IDN:Indonesia", "IRN:Iran (Islamic Republic of)", "IRQ:Iraq", "JPN:Japan",
            "JOR:Jordan", "KAZ:Kazakhstan", "KIR:Kiribati", "KWT:Kuwait", "KGZ:Kyrgyzstan",
            "LAO:Lao People's Democratic Republic", "LBN:Lebanon", "MYS:Malaysia", "MDV:Maldives",
            "MHL:Marshall Islands", "FSM:Micronesia (Federated States of)", "MNG:Mongolia", "MMR:Myanmar",
            "NRU:Nauru", "NPL:Nepal", "OMN:Oman", "PAK:Pakistan", "PLW:Palau", "PNG:Papua New Guinea",
            "PHL:Philippines", "QAT:Qatar", "KOR:Republic of Korea", "WSM:Samoa", "SAU:Saudi Arabia",
            "SGP:Singapore", "SLB:Solomon Islands", "LKA:Sri Lanka", "SYR:Syrian Arab Republic",
            "TJK:Tajikistan", "THA:Thailand", "TLS:Timor-Leste", "TON:Tonga", "TKM:Turkmenistan",
            "TUV:Tuvalu", "ARE:United Arab Emirates", "UZB:Uzbekistan", "VUT:Vanuatu", "VNM:Viet Nam",
            "YEM:Yemen"),
        .. Group(RegionalGroup.EasternEuropeanStates,
            "ALB:Albania", "ARM:Armenia", "AZE:Azerbaijan", "BLR:Belarus", "BIH:Bosnia and Herzegovina",
            "BGR:Bulgaria", "HRV:Croatia", "CZE:Czechia", "EST:Estonia", "GEO:Georgia", "HUN:Hungary",
            "LVA:Latvia", "LTU:Lithuania", "MNE:Montenegro", "MKD:North Macedonia", "POL:Poland",
            "MDA:Republic of Moldova", "ROU:Romania", "RUS:Russian Federation", "SRB:Serbia", "SVK:Slovakia",
            "SVN:Slovenia", "UKR:Ukraine"),
        .. Group(RegionalGroup.LatinAmericanAndCaribbeanStates,
            "ATG:Antigua and Barbuda", "ARG:Argentina", "BHS:Bahamas", "BRB:Barbados", "BLZ:Belize",
            "BOL:Bolivia (Plurinational State of)", "BRA:Brazil", "CHL:Chile", "COL:Colombia", "CRI:Costa Rica",
            "CUB:Cuba", "DMA:Dominica", "DOM:Dominican Republic", "ECU:Ecuador", "SLV:El Salvador",
            "GRD:Grenada", "GTM:Guatemala", "GUY:Guyana", "HTI:Haiti", "HND:Honduras", "JAM:Jamaica",
            "MEX:Mexico", "NIC:Nicaragua", "PAN:Panama", "PRY:Paraguay", "PER:Peru",
            "KNA:Saint Kitts and Nevis", "LCA:Saint Lucia", "VCT:Saint Vincent and the Grenadines",
            "SUR:Suriname", "TTO:Trinidad and Tobago", "URY:Uruguay", "VEN:Venezuela (Bolivarian Republic of)"),
        .. Group(RegionalGroup.WesternEuropeanAndOtherStates,
            "AND:Andorra", "AUS:Australia", "AUT:Austria", "BEL:Belgium", "CAN:Canada", "DNK:Denmark",
            "FIN:Finland", "FRA:France", "DEU:Germany", "GRC:Greece", "ISL:Iceland", "IRL:Ireland",
            "ISR:Israel", "ITA:Italy", "LIE:Liechtenstein", "LUX:Luxembourg", "MLT:Malta", "MCO:Monaco",
            "NLD:Netherlands (Kingdom of the)", "NZL:New Zealand", "NOR:Norway", "PRT:Portugal",
            "SMR:San Marino", "ESP:Spain", "SWE:Sweden", "CHE:Switzerland", "TUR:Türkiye",
            "GBR:United Kingdom of Great Britain and Northern Ireland", "USA:United States of America"),
    ];

    private static readonly FrozenDictionary<string, UnMemberState> ByCode =
        States.ToFrozenDictionary(s => s.Iso3, StringComparer.Ordinal);

    /// <summary>All 193 Member States, in the order of their regional group and then by name.</summary>
    public static IReadOnlyList<UnMemberState> All => States;

    /// <summary>Finds a Member State by its upper-case ISO 3166-1 alpha-3 code.</summary>
    public static bool TryGet(string? iso3, out UnMemberState state)
    {
        if (iso3 is not null && ByCode.TryGetValue(iso3, out UnMemberState? found))
        {
            state = found;
            return true;
        }

        state = null!;
        return false;
    }

    /// <summary>Whether <paramref name="iso3"/> is the code of a UN Member State (exact, upper case).</summary>
    public static bool IsMember(string? iso3) => iso3 is not null && ByCode.ContainsKey(iso3);

    private static IEnumerable<UnMemberState> Group(RegionalGroup group, params string[] codeAndNames) =>
        codeAndNames.Select(entry => new UnMemberState(entry[..3], entry[4..], group));
}
