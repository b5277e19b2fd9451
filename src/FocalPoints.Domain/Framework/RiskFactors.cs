namespace FocalPoints.Domain.Framework;

/// <summary>A risk factor of the UN Framework of Analysis for Atrocity Crimes (2014).</summary>
public sealed record RiskFactor(string Id, int Number, string Title, bool Specific);

/// <summary>The 14 risk factors: RF1–RF8 common to all atrocity crimes, RF9–RF14 specific ones.</summary>
public static class RiskFactors
{
    /// <summary>All 14 factors in Framework order.</summary>
    public static IReadOnlyList<RiskFactor> All { get; } =
    [
        new("RF1", 1, "Situations of armed conflict or other forms of instability", false),
        new("RF2", 2, "Record of serious violations of international human rights and humanitarian law", false),
        new("RF3", 3, "Weakness of State structures", false),
        new("RF4", 4, "Motives or incentives", false),
        new("RF5", 5, "Capacity to commit atrocity crimes", false),
        new("RF6", 6, "Absence of mitigating factors", false),
        new("RF7", 7, "Enabling circumstances or preparatory action", false),
        new("RF8", 8, "Triggering factors", false),
        new("RF9", 9, "Intergroup tensions or patterns of discrimination against protected groups", true),
        new("RF10", 10, "Signs of an intent to destroy in whole or in part a protected group", true),
        new("RF11", 11, "Signs of a widespread or systematic attack against any civilian population", true),
        new("RF12", 12, "Signs of a plan or policy to attack any civilian population", true),
        new("RF13", 13, "Serious threats to those protected under international humanitarian law", true),
        new("RF14", 14, "Serious threats to humanitarian or peacekeeping operations", true),
    ];

    /// <summary>Finds a factor by id (<c>RF1</c>…<c>RF14</c>).</summary>
    public static RiskFactor? Find(string? id) => All.FirstOrDefault(f => f.Id == id);

    /// <summary>
    /// The number of indicators the Framework gives a factor, where this codebase knows it
    /// (RF8: 12, RF9: 6); <c>null</c> where it does not, in which case only the factor number is checked.
    /// </summary>
    public static int? IndicatorCount(RiskFactor factor) => factor.Number switch
    {
        8 => 12,
        9 => 6,
        _ => null,
    };
}
