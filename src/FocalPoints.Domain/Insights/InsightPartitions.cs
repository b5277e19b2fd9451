using FocalPoints.Domain.Framework;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Domain.Insights;

/// <summary>The questions the insights count, grouped in tables by <see cref="InsightTopic"/>, in the order shown.</summary>
internal static class InsightPartitions
{
    private static readonly string[] YesOther = ["yes", "other"];

    public static IReadOnlyList<InsightPartition> All { get; } =
    [
        .. RiskFactors.All.Select(f => new InsightPartition(
            InsightTopic.RiskFactors, f.Id, StrategyStep.RiskAssessment, ["highOrSevere", "other"], 1,
            c => Rating(c, f.Id) is RiskRating.High or RiskRating.Severe ? 0 : 1)),
        .. RiskFactors.All.Select(f => new InsightPartition(
            InsightTopic.RiskTrends, f.Id, StrategyStep.RiskAssessment, ["improving", "stable", "worsening", "notDeclared"], 3,
            c => Factor(c, f.Id)?.Trend switch { Trend.Improving => 0, Trend.Stable => 1, Trend.Worsening => 2, _ => 3 })),
        .. Restraints.All.Select(r => Yes(
            InsightTopic.Restraints, r.Id, StrategyStep.ActionPrioritisation,
            c => ((ActionPrioritisationContent)c).Actions?.Any(a => a.Restraint == r.Id) == true)),
        .. Enum.GetValues<TrainingAudience>().Select(a => Yes(
            InsightTopic.TrainingAudiences, Name(a), StrategyStep.OfficialTraining,
            c => ((OfficialTrainingContent)c).Programmes?.Any(p => p.Audience == a) == true)),
        .. Enum.GetValues<ResourceSource>().Select(s => Yes(
            InsightTopic.ResourceSources, Name(s), StrategyStep.ResourceMobilisation,
            c => ((ResourceMobilisationContent)c).Resources?.Any(r => r.Source == s) == true)),
        .. Enum.GetValues<ResourceStatus>().Select(s => Yes(
            InsightTopic.ResourceStatuses, Name(s), StrategyStep.ResourceMobilisation,
            c => ((ResourceMobilisationContent)c).Resources?.Any(r => r.Status == s) == true)),
        Yes(InsightTopic.NationalPriority, "declaredNationalPriority", StrategyStep.ResourceMobilisation,
            c => ((ResourceMobilisationContent)c).PoliticalSupport?.DeclaredNationalPriority == true),
        Yes(InsightTopic.LegislativeEngagement, "any", StrategyStep.ResourceMobilisation,
            c => Engagements(c).Any()),
        .. Enum.GetValues<LegislativeKind>().Select(k => Yes(
            InsightTopic.LegislativeEngagement, Name(k), StrategyStep.ResourceMobilisation,
            c => Engagements(c).Any(e => e.Kind == k))),
    ];

    private static InsightPartition Yes(InsightTopic topic, string subject, StrategyStep step, Func<StepContent, bool> yes) =>
        new(topic, subject, step, YesOther, 1, c => yes(c) ? 0 : 1);

    private static RiskFactorAssessment? Factor(StepContent content, string id) =>
        ((RiskAssessmentContent)content).RiskFactors?.FirstOrDefault(f => f.Id == id);

    private static RiskRating? Rating(StepContent content, string id) => Factor(content, id)?.Rating;

    private static IEnumerable<LegislativeEngagement> Engagements(StepContent content) =>
        ((ResourceMobilisationContent)content).PoliticalSupport?.LegislativeEngagement ?? [];

    private static string Name(Enum value) => JsonNaming.CamelCase(value.ToString());
}
