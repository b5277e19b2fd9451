using FocalPoints.Domain.Framework;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Domain.Summaries;

/// <summary>The approved content of a country's steps (null where a step is not approved).</summary>
public sealed record ApprovedStrategy(
    RiskAssessmentContent? RiskAssessment,
    ActionPrioritisationContent? ActionPrioritisation,
    OfficialTrainingContent? OfficialTraining,
    ResourceMobilisationContent? ResourceMobilisation);

/// <summary>
/// Builds a <see cref="CountrySummary"/>. The sharing rule lives here: for peer reviewers a step's
/// content appears only when the country shares it (<c>network</c> or <c>public</c>); for the
/// internal audience everything approved appears, with confidential sections marked.
/// </summary>
public static class SummaryBuilder
{
    public static CountrySummary Build(string country, string countryName, string cycleId, string cycleTitle, DateOnly generatedOn, SummaryAudience audience, ApprovedStrategy approved)
    {
        bool Shown(StepContent? content) => content is not null && (audience == SummaryAudience.Internal || content.EffectiveSharing != Sharing.Confidential);
        static bool Confidential(StepContent content) => content.EffectiveSharing == Sharing.Confidential;

        StepContent?[] steps = [approved.RiskAssessment, approved.ActionPrioritisation, approved.OfficialTraining, approved.ResourceMobilisation];
        StepCoverage[] coverage = StrategySteps.InOrder
            .Select(s => new StepCoverage(s, steps[(int)s] is not null, steps[(int)s]?.EffectiveSharing, Shown(steps[(int)s])))
            .ToArray();

        RiskAssessmentContent? risk = Shown(approved.RiskAssessment) ? approved.RiskAssessment : null;
        ActionPrioritisationContent? actions = Shown(approved.ActionPrioritisation) ? approved.ActionPrioritisation : null;
        OfficialTrainingContent? training = Shown(approved.OfficialTraining) ? approved.OfficialTraining : null;
        ResourceMobilisationContent? resources = Shown(approved.ResourceMobilisation) ? approved.ResourceMobilisation : null;

        return new CountrySummary(
            country, countryName, cycleId, cycleTitle, generatedOn, audience, coverage,
            risk is null ? null : Risk(risk, Confidential(risk)),
            actions is null ? null : Actions(actions, Confidential(actions)),
            training is null ? null : Training(training, Confidential(training)),
            resources is null ? null : Resources(resources, Confidential(resources)),
            risk is null && resources is null ? null : new EngagementSection(
                risk?.ConsultedCivilSociety,
                risk?.ConsultedMedia,
                (resources?.Partners ?? []).OrderBy(p => p.Kind).ThenBy(p => p.Name, StringComparer.Ordinal).ToArray()));
    }

    private static RiskSection Risk(RiskAssessmentContent content, bool confidential)
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

    private static ActionsSection Actions(ActionPrioritisationContent content, bool confidential) => new(
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

    private static TrainingSection Training(OfficialTrainingContent content, bool confidential)
    {
        AudienceReach[] reach = (content.Programmes ?? [])
            .Where(p => p.Audience is not null)
            .GroupBy(p => p.Audience!.Value)
            .OrderBy(g => g.Key)
            .Select(g => new AudienceReach(g.Key, g.Sum(p => (long)(p.PlannedParticipants ?? 0)), g.Sum(p => (p.Sessions ?? []).Sum(s => (long)(s.Participants ?? 0)))))
            .ToArray();
        return new TrainingSection(confidential, reach, reach.Sum(r => r.Planned), reach.Sum(r => r.Trained));
    }

    private static ResourcesSection Resources(ResourceMobilisationContent content, bool confidential)
    {
        ResourceLine[] lines = (content.Resources ?? [])
            .Where(r => r.Source is not null && r.Status is not null && r.Currency is not null && r.Amount is not null)
            .GroupBy(r => (Source: r.Source!.Value, Status: r.Status!.Value, Currency: r.Currency!))
            .Select(g => new ResourceLine(g.Key.Source, g.Key.Status, g.Key.Currency, g.SumSaturating(r => r.Amount!.Value)))
            .OrderBy(l => l.Source).ThenBy(l => l.Status).ThenBy(l => l.Currency, StringComparer.Ordinal)
            .ToArray();
        CurrencyTotal[] totals = lines
            .GroupBy(l => l.Currency)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CurrencyTotal(
                g.Key,
                g.Where(l => l.Status == ResourceStatus.Planned).SumSaturating(l => l.Amount),
                g.Where(l => l.Status == ResourceStatus.Committed).SumSaturating(l => l.Amount),
                g.Where(l => l.Status == ResourceStatus.Disbursed).SumSaturating(l => l.Amount),
                g.SumSaturating(l => l.Amount)))
            .ToArray();
        return new ResourcesSection(
            confidential,
            lines,
            totals,
            content.PoliticalSupport?.DeclaredNationalPriority,
            (content.PoliticalSupport?.LegislativeEngagement ?? []).OrderBy(e => e.Date).ThenBy(e => e.Kind).ThenBy(e => e.Description, StringComparer.Ordinal).ToArray());
    }
}
