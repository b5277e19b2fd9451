using FocalPoints.Domain.Framework;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Portal.Components.Steps;

/// <summary>Step 1: always the 14 factors and the 7 restraints, in Framework order.</summary>
public sealed class RiskAssessmentForm : IStepForm
{
    public List<RiskFactorRow> Factors { get; } = [];

    public List<RestraintRow> Restraints { get; } = [];

    public bool ConsultedCivilSociety { get; set; }

    public bool ConsultedMedia { get; set; }

    public Sharing Sharing { get; set; }

    public int RatedCount => Factors.Count(f => f.Rating is not null);

    public int AssessedRestraintCount => Restraints.Count(r => r.Capacity is not null);

    public static RiskAssessmentForm From(RiskAssessmentContent? content)
    {
        var form = new RiskAssessmentForm
        {
            ConsultedCivilSociety = content?.ConsultedCivilSociety ?? false,
            ConsultedMedia = content?.ConsultedMedia ?? false,
            Sharing = content?.EffectiveSharing ?? Sharing.Confidential,
        };
        foreach (RiskFactor factor in RiskFactors.All)
        {
            RiskFactorAssessment? given = content?.RiskFactors?.FirstOrDefault(f => f?.Id == factor.Id);
            form.Factors.Add(new RiskFactorRow(factor)
            {
                Rating = given?.Rating,
                Trend = given?.Trend,
                Indicators = [.. given?.Indicators ?? []],
                Evidence = given?.Evidence,
            });
        }

        foreach (Restraint restraint in Domain.Framework.Restraints.All)
        {
            ResilienceAssessment? given = content?.Resilience?.FirstOrDefault(r => r?.Restraint == restraint.Id);
            form.Restraints.Add(new RestraintRow(restraint) { Capacity = given?.Capacity, Notes = given?.Notes });
        }

        return form;
    }

    public StepContent ToContent() => new RiskAssessmentContent(
        Factors.Select(f => new RiskFactorAssessment(f.Factor.Id, f.Rating, f.Trend, f.Indicators.ToArray(), StepForms.Text(f.Evidence))).ToArray(),
        Restraints.Select(r => new ResilienceAssessment(r.Restraint.Id, r.Capacity, StepForms.Text(r.Notes))).ToArray(),
        ConsultedCivilSociety,
        ConsultedMedia,
        Sharing);
}

public sealed class RiskFactorRow(RiskFactor factor)
{
    public RiskFactor Factor { get; } = factor;

    public RiskRating? Rating { get; set; }

    public Trend? Trend { get; set; }

    public List<string> Indicators { get; set; } = [];

    public string? Evidence { get; set; }

    /// <summary>
    /// The indicators offered: the Framework's own (<c>n.1</c> to <c>n.k</c>, from the domain's vocabulary),
    /// plus any the content already names, so nothing a stored draft holds disappears from the form.
    /// </summary>
    public IReadOnlyList<string> IndicatorChoices =>
        Factor.Indicators.Select(i => i.Id)
            .Concat(Indicators)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
}

public sealed class RestraintRow(Restraint restraint)
{
    public Restraint Restraint { get; } = restraint;

    public Capacity? Capacity { get; set; }

    public string? Notes { get; set; }
}
