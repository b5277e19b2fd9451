using FocalPoints.Domain.Framework;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Domain.Summaries.Sections;

/// <summary>The actions in a summary, by restraint in Framework order, each in priority order.</summary>
public static class ActionPrioritisationSection
{
    public static ActionsSection Write(ActionPrioritisationContent content, bool confidential) => new(
        confidential,
        Restraints.All
            .Select(r => new RestraintActions(
                r.Id,
                r.Title,
                (content.Actions ?? [])
                    .Where(a => a.Restraint == r.Id)
                    .OrderBy(a => a.Priority)
                    .Select(a => new SummaryAction(a.Priority ?? 0, a.Title ?? string.Empty, a.Scope ?? ActionScope.Domestic, a.LeadInstitution, a.Start, a.End,
                        (a.RiskFactors ?? []).Order(StringComparer.Ordinal).ToArray()))
                    .ToArray()))
            .Where(r => r.Actions.Count > 0)
            .ToArray());
}
