using System.Globalization;
using FocalPoints.Domain.Framework;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Domain.Validation.Steps;

/// <summary>Step 1: every factor and restraint assessed once, ratings, trends and indicators of the Framework.</summary>
public sealed class RiskAssessmentRules : StepContentRules<RiskAssessmentContent>
{
    public override bool ListsWithinCaps(RiskAssessmentContent risk, ValidationErrors errors) =>
        errors.CheckCount("$.riskFactors", risk.RiskFactors, ContentLimits.RiskFactors)
        & errors.CheckCount("$.resilience", risk.Resilience, ContentLimits.Resilience)
        && EachWithinCaps(risk.RiskFactors, (f, i) => errors.CheckCount($"$.riskFactors[{i}].indicators", f.Indicators, ContentLimits.IndicatorsPerFactor));

    public override void CheckWellFormed(RiskAssessmentContent risk, ValidationErrors errors)
    {
        for (int i = 0; i < (risk.RiskFactors?.Count ?? 0); i++)
        {
            RiskFactorAssessment factor = risk.RiskFactors![i];
            string path = $"$.riskFactors[{i}]";
            RiskFactor? known = RiskFactors.Find(factor.Id);
            if (known is null)
            {
                errors.Add($"{path}.id", ValidationCodes.UnknownRiskFactor, "Must be one of RF1 to RF14.");
            }

            errors.CheckText($"{path}.evidence", factor.Evidence);
            for (int j = 0; j < (factor.Indicators?.Count ?? 0); j++)
            {
                CheckIndicator($"{path}.indicators[{j}]", factor.Indicators![j], known, errors);
            }
        }

        for (int i = 0; i < (risk.Resilience?.Count ?? 0); i++)
        {
            ResilienceAssessment resilience = risk.Resilience![i];
            if (Restraints.Find(resilience.Restraint) is null)
            {
                errors.Add($"$.resilience[{i}].restraint", ValidationCodes.UnknownRestraint, "Must be one of R1 to R7.");
            }

            errors.CheckText($"$.resilience[{i}].notes", resilience.Notes);
        }
    }

    private static void CheckIndicator(string path, string? indicator, RiskFactor? factor, ValidationErrors errors)
    {
        string[] parts = (indicator ?? string.Empty).Split('.');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int factorNumber)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int indicatorNumber)
            || indicatorNumber < 1)
        {
            errors.Add(path, ValidationCodes.IndicatorFormat, "An indicator is written \"<factor number>.<indicator number>\", e.g. \"9.3\".");
            return;
        }

        if (factor is null)
        {
            return;
        }

        if (factorNumber != factor.Number)
        {
            errors.Add(path, ValidationCodes.IndicatorOtherFactor, $"Indicator {indicator} does not belong to {factor.Id}.", indicator ?? string.Empty, factor.Id);
        }
        else if (RiskFactors.IndicatorCount(factor) is int count && indicatorNumber > count)
        {
            errors.Add(path, ValidationCodes.IndicatorOutOfRange, $"{factor.Id} has {count} indicators in the Framework of Analysis.", factor.Id, count);
        }
    }

    public override void CheckComplete(RiskAssessmentContent risk, ApprovedSteps approved, ValidationErrors errors)
    {
        IReadOnlyList<RiskFactorAssessment> factors = risk.RiskFactors ?? [];
        EachAssessedOnce("$.riskFactors", RiskFactors.All.Select(f => (f.Id, f.Title)), factors.Select(f => f.Id), ValidationCodes.RiskFactorMissing, ValidationCodes.RiskFactorRepeated, "factor", errors);

        for (int i = 0; i < factors.Count; i++)
        {
            RiskFactorAssessment factor = factors[i];
            RiskFactor? known = RiskFactors.Find(factor.Id);
            if (factor.Rating is null)
            {
                errors.Add($"$.riskFactors[{i}].rating", ValidationCodes.Required, "Required.");
            }
            else if (factor.Rating == RiskRating.NotApplicable)
            {
                if (known is { Specific: false })
                {
                    errors.Add($"$.riskFactors[{i}].rating", ValidationCodes.NotApplicableOnlySpecific, "Only the specific factors RF9 to RF14 may be notApplicable.");
                }
                else if (string.IsNullOrWhiteSpace(factor.Evidence))
                {
                    errors.Add($"$.riskFactors[{i}].evidence", ValidationCodes.NotApplicableNeedsEvidence, "Say why the factor does not apply.");
                }
            }
            else if (factor.Trend is null)
            {
                errors.Add($"$.riskFactors[{i}].trend", ValidationCodes.TrendRequired, "Required for a rated factor.");
            }
        }

        IReadOnlyList<ResilienceAssessment> resilience = risk.Resilience ?? [];
        EachAssessedOnce("$.resilience", Restraints.All.Select(r => (r.Id, r.Title)), resilience.Select(r => r.Restraint), ValidationCodes.RestraintMissing, ValidationCodes.RestraintRepeated, "restraint", errors);

        for (int i = 0; i < resilience.Count; i++)
        {
            if (resilience[i].Capacity is null)
            {
                errors.Add($"$.resilience[{i}].capacity", ValidationCodes.Required, "Required.");
            }
        }
    }

    /// <summary>Each of the Framework's <paramref name="expected"/> factors or restraints assessed exactly once.</summary>
    private static void EachAssessedOnce(string path, IEnumerable<(string Id, string Title)> expected, IEnumerable<string?> assessed, string missing, string repeated, string noun, ValidationErrors errors)
    {
        string?[] ids = [.. assessed];
        foreach ((string id, string title) in expected)
        {
            int count = ids.Count(a => a == id);
            if (count == 0)
            {
                errors.Add(path, missing, $"{id} ({title}) is missing.", id);
            }
            else if (count > 1)
            {
                errors.Add(path, repeated, $"{id} is assessed {count} times; assess each {noun} once.", id, count);
            }
        }
    }
}
