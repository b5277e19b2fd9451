using FocalPoints.Domain.Framework;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Domain.GoodPractice;

/// <summary>
/// The library's search: words found in the item and its note, and filters by restraint, risk
/// factor, step, regional group, language, cycle, the session it is attached to and featured only.
/// Every filter is optional; the library spans every cycle.
/// </summary>
public sealed record GoodPracticeFilter(
    string? Text,
    string? Restraint,
    string? RiskFactor,
    StrategyStep? Step,
    RegionalGroup? RegionalGroup,
    Language? Language,
    string? CycleId,
    string? SessionId,
    bool FeaturedOnly)
{
    public static GoodPracticeFilter None { get; } = new(null, null, null, null, null, null, null, null, false);

    /// <summary>Parses query values as the API names them; unknown values are errors, never silently ignored.</summary>
    public static GoodPracticeFilter? Parse(GoodPracticeQueryValues values, ValidationErrors errors)
    {
        errors.CheckText("q", values.Text, 200);
        if (!string.IsNullOrEmpty(values.Restraint) && Restraints.Find(values.Restraint) is null)
        {
            errors.Add("restraint", ValidationCodes.UnknownRestraint, "A restraint of the Framework of Analysis (R1 to R7).");
        }

        if (!string.IsNullOrEmpty(values.RiskFactor) && Framework.RiskFactors.Find(values.RiskFactor) is null)
        {
            errors.Add("riskFactor", ValidationCodes.UnknownRiskFactor, "A risk factor of the Framework of Analysis (RF1 to RF14).");
        }

        StrategyStep? step = null;
        if (!string.IsNullOrEmpty(values.Step))
        {
            step = StrategySteps.TryParseSlug(values.Step, out StrategyStep s) ? s : null;
            if (step is null)
            {
                errors.Add("step", "One of " + string.Join(", ", StrategySteps.InOrder.Select(x => x.ToSlug())) + ".");
            }
        }

        RegionalGroup? group = ParseEnum<RegionalGroup>("regionalGroup", values.RegionalGroup, errors);
        Language? language = ParseEnum<Language>("language", values.Language, errors);
        bool featured = false;
        if (!string.IsNullOrEmpty(values.Featured) && !bool.TryParse(values.Featured, out featured))
        {
            errors.Add("featured", "true or false.");
        }

        return errors.IsEmpty
            ? new GoodPracticeFilter(Blank(values.Text), Blank(values.Restraint), Blank(values.RiskFactor), step, group, language, Blank(values.CycleId), Blank(values.SessionId), featured)
            : null;
    }

    public bool Matches(GoodPracticeEntry e) =>
        (Restraint is null || e.Item.Restraints.Contains(Restraint, StringComparer.Ordinal))
        && (RiskFactor is null || e.Item.RiskFactors.Contains(RiskFactor, StringComparer.Ordinal))
        && (Step is null || e.Step == Step)
        && (RegionalGroup is null || e.RegionalGroup == RegionalGroup)
        && (Language is null || e.Language == Language)
        && (CycleId is null || e.CycleId == CycleId)
        && (SessionId is null || e.Sessions.Contains(SessionId, StringComparer.Ordinal))
        && (!FeaturedOnly || e.Featured)
        && (Text is null || Words(Text).All(w => Searched(e).Any(t => t.Contains(w, StringComparison.CurrentCultureIgnoreCase))));

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IEnumerable<string> Searched(GoodPracticeEntry e) =>
        new[] { e.Item.Title, e.WhatWorked, e.WhatDidNotWork, e.CountryName, e.Country }.OfType<string>();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static TEnum? ParseEnum<TEnum>(string name, string? value, ValidationErrors errors)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        foreach (TEnum candidate in Enum.GetValues<TEnum>())
        {
            if (JsonNaming.CamelCase(candidate.ToString()) == value)
            {
                return candidate;
            }
        }

        errors.Add(name, "One of " + string.Join(", ", Enum.GetValues<TEnum>().Select(v => JsonNaming.CamelCase(v.ToString()))) + ".");
        return null;
    }
}

/// <summary>The library's query values as a request carries them (<see cref="GoodPracticeFilter.Parse"/>).</summary>
public sealed record GoodPracticeQueryValues(
    string? Text = null,
    string? Restraint = null,
    string? RiskFactor = null,
    string? Step = null,
    string? RegionalGroup = null,
    string? Language = null,
    string? CycleId = null,
    string? SessionId = null,
    string? Featured = null);
