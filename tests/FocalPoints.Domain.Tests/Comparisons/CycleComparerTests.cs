using FocalPoints.Domain.Comparisons;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Summaries;
using FocalPoints.Testing.Builders;

namespace FocalPoints.Domain.Tests.Comparisons;

public sealed class CycleComparerTests
{
    private static readonly DateOnly Today = new(2028, 6, 1);

    [Fact]
    public void Compare_FirstCycle_HasNothingToCompare()
    {
        CycleComparison c = CycleComparer.Compare("GHA", Cycle("c2", new RiskAssessmentBuilder().Build()), null, [], Today, SummaryAudience.Internal);

        Assert.Null(c.PreviousCycleId);
        Assert.Empty(c.Factors);
        Assert.Empty(c.Warnings);
    }

    [Fact]
    public void Compare_Ratings_ComputesTheChangeBesideTheDeclaredTrend()
    {
        CycleComparison c = Compare(
            new RiskAssessmentBuilder().WithFactor("RF1", RiskRating.Low).WithFactor("RF2", RiskRating.High).WithFactor("RF3", RiskRating.NotApplicable).Build(),
            new RiskAssessmentBuilder().WithFactor("RF1", RiskRating.Moderate, Trend.Stable).WithFactor("RF2", RiskRating.Moderate, Trend.Improving).WithFactor("RF3", RiskRating.High).Build());

        FactorChange rf1 = c.Factors.Single(f => f.Id == "RF1");
        Assert.Equal((RiskRating.Low, RiskRating.Moderate, RatingChange.Rose, false), (rf1.Before!.Value, rf1.Now!.Value, rf1.Change!.Value, rf1.TrendAgrees!.Value));
        FactorChange rf2 = c.Factors.Single(f => f.Id == "RF2");
        Assert.Equal((RatingChange.Fell, true), (rf2.Change!.Value, rf2.TrendAgrees!.Value));
        Assert.Null(c.Factors.Single(f => f.Id == "RF3").Change);
        Assert.Equal(RatingChange.Same, c.Factors.Single(f => f.Id == "RF4").Change);
        Assert.Equal(14, c.Factors.Count);
    }

    [Fact]
    public void Compare_Actions_MatchedByTitleIgnoringCaseAndSpaces()
    {
        ActionPrioritisationContent before = new ActionPrioritisationBuilder()
            .WithAction("Train  the police", "R1", 1, end: new DateOnly(2028, 12, 31))
            .WithAction("Open a hotline", "R2", 2, end: new DateOnly(2027, 12, 31))
            .WithAction("Fund the ombudsman", "R3", 3, end: new DateOnly(2028, 12, 31))
            .Build();
        ActionPrioritisationContent now = new ActionPrioritisationBuilder()
            .WithAction(" train the POLICE ", "R1", 1)
            .WithAction("Monitor hate speech", "R4", 2)
            .Build();

        CycleComparison c = Compare(new RiskAssessmentBuilder().Build(), new RiskAssessmentBuilder().Build(), before, now);

        Assert.Equal(
            [("Train  the police", ActionFate.CarriedOver), ("Open a hotline", ActionFate.Completed), ("Fund the ombudsman", ActionFate.Dropped), ("Monitor hate speech", ActionFate.New)],
            c.Actions.Select(a => (a.Title, a.Fate)).ToArray());
    }

    [Fact]
    public void Compare_TrainingAndResources_AgainstPlanPerAudienceAndCurrency()
    {
        ApprovedSteps before = ApprovedSteps.Of(
            new RiskAssessmentBuilder().Build(),
            new OfficialTrainingBuilder().OnlyProgramme(TrainingAudience.Judiciary, [TrainingTopic.EarlyWarning], 40, new TrainingSession(new DateOnly(2027, 5, 1), 25)).Build(),
            new ResourceMobilisationBuilder().WithResource(1000m, "USD").Build());
        ApprovedSteps now = ApprovedSteps.Of(
            new RiskAssessmentBuilder().Build(),
            new OfficialTrainingBuilder().OnlyProgramme(TrainingAudience.Media, [TrainingTopic.HateSpeech], 10).Build(),
            new ResourceMobilisationBuilder().WithResource(500m, "EUR").Build());

        CycleComparison c = CycleComparer.Compare("GHA", new ComparedCycle("c2", "Cycle 2", now), new ComparedCycle("c1", "Cycle 1", before), [], Today, SummaryAudience.Internal);

        Assert.Equal(
            [new TrainingAgainstPlan(TrainingAudience.Judiciary, 40, 25, 0, 0), new TrainingAgainstPlan(TrainingAudience.Media, 0, 0, 10, 0)],
            c.Training);
        Assert.Equal(["EUR", "USD"], c.Resources.Select(r => r.Currency));
        Assert.Null(c.Resources[0].Before);
        Assert.Equal(1000m, c.Resources[1].Before!.Total);
    }

    [Fact]
    public void Compare_Recommendations_OfThePreviousCycleWithTheirDeclaredProgress()
    {
        DateTime declared = new(2027, 9, 1, 0, 0, 0, DateTimeKind.Utc);
        Recommendation[] recommendations =
        [
            new("s1", "c1", "GHA", 1, "Train judges.", RecommendationStatus.Accepted, new DateOnly(2028, 1, 1), new ProgressDeclaration(RecommendationProgress.Done, declared, null)),
            new("s2", "c1", "GHA", 1, "Review the law.", RecommendationStatus.Noted, new DateOnly(2028, 1, 1), new ProgressDeclaration(RecommendationProgress.InProgress, declared, "Drafted.")),
            new("s2", "c1", "GHA", 2, "Fund the NHRI.", RecommendationStatus.Accepted, new DateOnly(2029, 1, 1), new ProgressDeclaration(RecommendationProgress.NotStarted, declared, null)),
            new("s2", "c1", "GHA", 3, "Publish the indicators.", RecommendationStatus.Accepted, new DateOnly(2029, 1, 1)),
            new("s2", "c1", "GHA", 4, "Consult civil society.", RecommendationStatus.Accepted, new DateOnly(2028, 1, 1)),
            new("s0", "c0", "GHA", 1, "An older cycle's.", RecommendationStatus.Accepted, new DateOnly(2026, 1, 1)),
        ];

        CycleComparison c = CycleComparer.Compare("GHA", Cycle("c2", new RiskAssessmentBuilder().Build()), Cycle("c1", new RiskAssessmentBuilder().Build()), recommendations, Today, SummaryAudience.Internal);

        Assert.Equal(
            [
                ("s1", 1, RecommendationStatus.Accepted, (RecommendationProgress?)RecommendationProgress.Done, FollowUpState.Done),
                ("s2", 1, RecommendationStatus.Noted, RecommendationProgress.InProgress, FollowUpState.Overdue),
                ("s2", 2, RecommendationStatus.Accepted, RecommendationProgress.NotStarted, FollowUpState.Open),
                ("s2", 3, RecommendationStatus.Accepted, null, FollowUpState.Open),
                ("s2", 4, RecommendationStatus.Accepted, null, FollowUpState.Overdue),
            ],
            c.Recommendations.Select(r => (r.SessionId, r.Number, r.Status, r.Progress, r.State)).ToArray());
    }

    [Fact]
    public void Compare_RecommendationDonePastItsDate_IsDoneNotOverdue()
    {
        Recommendation late = new("s1", "c1", "GHA", 1, "Train judges.", RecommendationStatus.Accepted, new DateOnly(2027, 1, 1));
        Recommendation done = RecommendationProgressRules.Declare(late, new ProgressInput(RecommendationProgress.Done, null), new DateTime(2028, 5, 1, 0, 0, 0, DateTimeKind.Utc), new FocalPoints.Domain.Validation.ValidationErrors())!;

        RecommendationFollowUp before = Assert.Single(CycleComparer.Compare("GHA", Cycle("c2", new RiskAssessmentBuilder().Build()), Cycle("c1", new RiskAssessmentBuilder().Build()), [late], Today, SummaryAudience.PeerReviewers).Recommendations);
        RecommendationFollowUp after = Assert.Single(CycleComparer.Compare("GHA", Cycle("c2", new RiskAssessmentBuilder().Build()), Cycle("c1", new RiskAssessmentBuilder().Build()), [done], Today, SummaryAudience.PeerReviewers).Recommendations);

        Assert.Equal((null, FollowUpState.Overdue), (before.Progress, before.State));
        Assert.Equal((RecommendationProgress.Done, FollowUpState.Done), (after.Progress, after.State));
    }

    [Fact]
    public void Warnings_FactorRoseToHighWithNoActionCoveringIt_IsFlagged()
    {
        CycleComparison c = CompareWithActions(
            new RiskAssessmentBuilder().WithFactor("RF9", RiskRating.Moderate).WithFactor("RF5", RiskRating.Low).Build(),
            new RiskAssessmentBuilder().WithFactor("RF9", RiskRating.Severe).WithFactor("RF5", RiskRating.High).Build(),
            new ActionPrioritisationBuilder().WithAction("Protect minorities", "R2", 1, ["RF5"]).Build());

        EarlyWarning warning = Assert.Single(c.Warnings);
        Assert.Equal(("RF9", RiskRating.Moderate, RiskRating.Severe), (warning.FactorId, warning.Before, warning.Now));
        Assert.Equal([WarningReason.RoseToHighOrSevere], warning.Reasons);
        Assert.True(warning.Confidential);
    }

    [Fact]
    public void Warnings_WorseningTwoCyclesRunning_IsFlaggedWhateverTheRating()
    {
        CycleComparison c = Compare(
            new RiskAssessmentBuilder().WithFactor("RF2", RiskRating.Moderate, Trend.Worsening).WithFactor("RF3", RiskRating.Low, Trend.Worsening).Build(),
            new RiskAssessmentBuilder().WithFactor("RF2", RiskRating.Moderate, Trend.Worsening).WithFactor("RF3", RiskRating.Low, Trend.Stable).Build());

        EarlyWarning warning = Assert.Single(c.Warnings);
        Assert.Equal(("RF2", WarningReason.WorseningTwice), (warning.FactorId, Assert.Single(warning.Reasons)));
    }

    [Fact]
    public void Warnings_SeverityUnchangedOrFallen_IsNotFlagged()
    {
        CycleComparison c = Compare(
            new RiskAssessmentBuilder().WithFactor("RF1", RiskRating.High).WithFactor("RF2", RiskRating.Severe).WithFactor("RF3", RiskRating.NotApplicable).Build(),
            new RiskAssessmentBuilder().WithFactor("RF1", RiskRating.High).WithFactor("RF2", RiskRating.High).WithFactor("RF3", RiskRating.Severe).Build());

        Assert.Empty(c.Warnings);
    }

    [Fact]
    public void PeerReviewers_SeeOnlyStepsSharedInBothCyclesAndNoWarnings()
    {
        RiskAssessmentContent confidential = new RiskAssessmentBuilder().WithFactor("RF9", RiskRating.Low).SharedAs(Sharing.Confidential).Build();
        RiskAssessmentContent shared = new RiskAssessmentBuilder().WithFactor("RF9", RiskRating.Severe).SharedAs(Sharing.Network).Build();
        ActionPrioritisationContent actions = new ActionPrioritisationBuilder().WithAction("Train the police", "R1", 1).Build();

        CycleComparison peers = CycleComparer.Compare("GHA", Cycle("c2", shared, actions), Cycle("c1", confidential, actions), [], Today, SummaryAudience.PeerReviewers);
        CycleComparison internalEdition = CycleComparer.Compare("GHA", Cycle("c2", shared, actions), Cycle("c1", confidential, actions), [], Today, SummaryAudience.Internal);

        Assert.Empty(peers.Factors);
        Assert.Empty(peers.Warnings);
        Assert.Equal(ActionFate.CarriedOver, Assert.Single(peers.Actions).Fate);
        Assert.NotEmpty(internalEdition.Factors);
        Assert.Equal("RF9", Assert.Single(internalEdition.Warnings).FactorId);
    }

    private static CycleComparison Compare(RiskAssessmentContent before, RiskAssessmentContent now, ActionPrioritisationContent? beforeActions = null, ActionPrioritisationContent? nowActions = null) =>
        CycleComparer.Compare("GHA", Cycle("c2", now, nowActions), Cycle("c1", before, beforeActions), [], Today, SummaryAudience.Internal);

    private static CycleComparison CompareWithActions(RiskAssessmentContent before, RiskAssessmentContent now, ActionPrioritisationContent now2) =>
        CycleComparer.Compare("GHA", Cycle("c2", now, now2), Cycle("c1", before), [], Today, SummaryAudience.Internal);

    private static ComparedCycle Cycle(string id, params StepContent?[] contents) => new(id, $"Cycle {id}", ApprovedSteps.Of(contents));
}
