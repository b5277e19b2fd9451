using FocalPoints.Domain.Framework;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Strategies.Kinds;

namespace FocalPoints.Tools.Demo;

/// <summary>Plausible step content for the demo's focal points; a country's risk profile varies with its position.</summary>
public static class DemoContent
{
    /// <summary>The demo's content of a step, written by its kind's content type.</summary>
    public static StepContent For(StrategyStep step, int seed) =>
        Writers.TryGetValue(StepKinds.Of(step).ContentType, out Func<int, StepContent>? write)
            ? write(seed)
            : throw new ArgumentOutOfRangeException(nameof(step), step, "The demo writes no content of this kind.");

    private static readonly Dictionary<Type, Func<int, StepContent>> Writers = new()
    {
        [typeof(RiskAssessmentContent)] = RiskAssessment,
        [typeof(ActionPrioritisationContent)] = Actions,
        [typeof(OfficialTrainingContent)] = Training,
        [typeof(ResourceMobilisationContent)] = Resources,
    };

    /// <summary>The risk factor a country rated high (varies by seed), which its actions must then address.</summary>
    public static string HighFactor(int seed) => RiskFactors.All[seed % 8].Id;

    private static RiskAssessmentContent RiskAssessment(int seed) => new(
        RiskFactors.All.Select(f => new RiskFactorAssessment(
            f.Id,
            f.Id == HighFactor(seed) ? RiskRating.High : f.Specific && seed % 3 == 0 ? RiskRating.NotApplicable : RiskRating.Low,
            f.Id == HighFactor(seed) ? Trend.Worsening : Trend.Stable,
            [],
            $"Assessment of {f.Title.ToLowerInvariant()} by the inter-ministerial committee.")).ToArray(),
        Restraints.All.Select((r, i) => new ResilienceAssessment(r.Id, (Capacity)((seed + i) % 4), "Reviewed with civil society.")).ToArray(),
        true,
        seed % 2 == 0,
        Sharing.Confidential);

    private static ActionPrioritisationContent Actions(int seed) => new(
        [
            new PrioritisedAction("Early-warning unit in the national human rights institution", ActionScope.Domestic, "R4", [HighFactor(seed)], "Ministry of Justice", new DateOnly(2027, 3, 1), new DateOnly(2027, 12, 31), 1),
            new PrioritisedAction("Support a regional mediation network", ActionScope.International, "R5", ["RF1"], "Ministry of Foreign Affairs", new DateOnly(2027, 6, 1), new DateOnly(2028, 6, 1), 2),
        ],
        Sharing.Network);

    private static OfficialTrainingContent Training(int seed) => new(
        [
            new TrainingProgramme(TrainingAudience.Judiciary, [TrainingTopic.FrameworkOfAnalysis, TrainingTopic.HumanRights], 60 + seed, [new TrainingSession(new DateOnly(2027, 5, 10), 30)]),
            new TrainingProgramme(TrainingAudience.SecuritySector, [TrainingTopic.InternationalHumanitarianLaw], 120, []),
        ],
        Sharing.Network);

    private static ResourceMobilisationContent Resources(int seed) => new(
        [new Resource(ResourceSource.NationalBudget, "Prevention budget line", 100_000m + (seed * 1_000m), "USD", ResourceStatus.Committed, [1])],
        new PoliticalSupport(true, [new LegislativeEngagement(LegislativeKind.Briefing, new DateOnly(2027, 4, 2), "Briefing of the human rights committee")]),
        [new Partner(PartnerKind.CivilSociety, "National prevention coalition"), new Partner(PartnerKind.Media, "Public broadcaster")],
        Sharing.Network);
}
