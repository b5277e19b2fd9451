using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Strategies.Kinds;

namespace FocalPoints.Domain.Summaries;

/// <summary>
/// Builds a <see cref="CountrySummary"/>. The sharing rule lives here: for peer reviewers a step's
/// content appears only when the country shares it (<c>network</c> or <c>public</c>); for the
/// internal audience everything approved appears, with confidential sections marked. Each step's
/// section is written by its kind (<see cref="StepKind{TContent, TSection}.Summarise"/>).
/// </summary>
public static class SummaryBuilder
{
    public static CountrySummary Build(string country, string countryName, string cycleId, string cycleTitle, DateOnly generatedOn, SummaryAudience audience, ApprovedSteps approved)
    {
        bool Shown(StepContent? content) => content is not null && (audience == SummaryAudience.Internal || content.EffectiveSharing != Sharing.Confidential);

        TContent? ShownContent<TContent>()
            where TContent : StepContent =>
            approved.Get<TContent>() is { } content && Shown(content) ? content : null;

        TSection? Section<TContent, TSection>(StepKind<TContent, TSection> kind)
            where TContent : StepContent
            where TSection : class =>
            ShownContent<TContent>() is { } content ? kind.Summarise(content, content.EffectiveSharing == Sharing.Confidential) : null;

        StepCoverage[] coverage = StrategySteps.InOrder
            .Select(s => new StepCoverage(s, approved[s] is not null, approved[s]?.EffectiveSharing, Shown(approved[s])))
            .ToArray();

        // Engagement gathers two steps: the consultation of the risk assessment and the partners of resource mobilisation.
        RiskAssessmentContent? risk = ShownContent<RiskAssessmentContent>();
        ResourceMobilisationContent? resources = ShownContent<ResourceMobilisationContent>();

        return new CountrySummary(
            country, countryName, cycleId, cycleTitle, generatedOn, audience, coverage,
            Section(StepKinds.RiskAssessment),
            Section(StepKinds.ActionPrioritisation),
            Section(StepKinds.OfficialTraining),
            Section(StepKinds.ResourceMobilisation),
            risk is null && resources is null ? null : new EngagementSection(
                risk?.ConsultedCivilSociety,
                risk?.ConsultedMedia,
                (resources?.Partners ?? []).OrderBy(p => p.Kind).ThenBy(p => p.Name, StringComparer.Ordinal).ToArray()));
    }
}
