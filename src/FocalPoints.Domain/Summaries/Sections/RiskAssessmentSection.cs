using FocalPoints.Domain.Framework;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Domain.Summaries.Sections;

/// <summary>The risk assessment in a summary: the profile of rated factors, those rated high or severe, the restraints weakest first.</summary>
public static class RiskAssessmentSection
{
    public static RiskSection Write(RiskAssessmentContent content, bool confidential)
    {
        FactorRating[] profile = RiskFactors.All
            .Select(f => (Factor: f, Assessed: content.RiskFactors?.FirstOrDefault(r => r.Id == f.Id)))
            .Where(x => x.Assessed?.Rating is not null)
            .Select(x => new FactorRating(x.Factor.Id, x.Factor.Title, x.Assessed!.Rating!.Value, x.Assessed.Trend))
            .ToArray();
        RestraintCapacity[] restraints = Restraints.All
            .Select(r => (Restraint: r, Assessed: content.Resilience?.FirstOrDefault(a => a.Restraint == r.Id)))
            .Where(x => x.Assessed?.Capacity is not null)
            .Select(x => new RestraintCapacity(x.Restraint.Id, x.Restraint.Title, x.Assessed!.Capacity!.Value))
            .OrderBy(r => r.Capacity)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToArray();
        return new RiskSection(confidential, profile, profile.Where(f => f.Rating is RiskRating.High or RiskRating.Severe).ToArray(), restraints);
    }
}
