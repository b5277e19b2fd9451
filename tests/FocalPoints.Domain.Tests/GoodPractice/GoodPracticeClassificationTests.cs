using FocalPoints.Domain.GoodPractice;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Validation;
using FocalPoints.Testing.Builders;

namespace FocalPoints.Domain.Tests.GoodPractice;

/// <summary>Every kind of item is classified by restraint and risk factor: from its content where it says so, and by the focal point's choice.</summary>
public class GoodPracticeClassificationTests
{
    private static readonly DateTime Now = new(2027, 6, 1, 9, 0, 0, DateTimeKind.Utc);

    private static readonly ActionPrioritisationContent SharedActions = new ActionPrioritisationBuilder()
        .WithAction("Mediation councils", "R5", 1, ["RF8", "RF2"])
        .WithAction("Police training", "R1", 2, ["RF1"])
        .Build();

    private static GoodPracticeInput Input(GoodPracticeItemKind kind, string[]? restraints = null, string[]? factors = null) =>
        new("2027", "GHA", kind, 0, "It worked.", null, Language.En, restraints, factors);

    [Fact]
    public void A_resource_takes_the_restraints_and_factors_of_the_shared_actions_its_priorities_name()
    {
        GoodPracticeEntry entry = Offer(Input(GoodPracticeItemKind.Resource), new ResourceMobilisationBuilder().WithResource(1000m, "USD", 1).Build(), SharedActions);

        Assert.Equal(["R5"], entry.Item.Restraints);
        Assert.Equal(["RF2", "RF8"], entry.Item.RiskFactors);
    }

    [Fact]
    public void A_resource_takes_nothing_from_confidential_actions_or_when_no_action_is_approved()
    {
        ResourceMobilisationContent resources = new ResourceMobilisationBuilder().WithResource(1000m, "USD", 1, 2).Build();

        GoodPracticeEntry fromConfidential = Offer(Input(GoodPracticeItemKind.Resource), resources, SharedActions with { Sharing = Sharing.Confidential });
        GoodPracticeEntry withoutActions = Offer(Input(GoodPracticeItemKind.Resource), resources, null);

        Assert.Empty(fromConfidential.Item.Restraints);
        Assert.Empty(fromConfidential.Item.RiskFactors);
        Assert.Empty(withoutActions.Item.Restraints);
    }

    [Fact]
    public void A_training_programme_takes_what_the_focal_point_chose_each_once_in_the_framework_s_order()
    {
        GoodPracticeEntry entry = Offer(Input(GoodPracticeItemKind.TrainingProgramme, ["R7", "R2", "R2"], ["RF10", "RF9"]), new OfficialTrainingBuilder().Build(), SharedActions);

        Assert.Equal(["R2", "R7"], entry.Item.Restraints);
        Assert.Equal(["RF9", "RF10"], entry.Item.RiskFactors);
    }

    [Fact]
    public void A_legislative_engagement_takes_what_the_focal_point_chose()
    {
        GoodPracticeEntry entry = Offer(Input(GoodPracticeItemKind.LegislativeEngagement, ["R4"], ["RF14"]), new ResourceMobilisationBuilder().Build(), null);

        Assert.Equal(["R4"], entry.Item.Restraints);
        Assert.Equal(["RF14"], entry.Item.RiskFactors);
    }

    [Fact]
    public void An_action_keeps_its_own_and_adds_the_chosen()
    {
        GoodPracticeEntry entry = Offer(Input(GoodPracticeItemKind.Action, ["R3"], ["RF2"]), SharedActions, SharedActions);

        Assert.Equal(["R3", "R5"], entry.Item.Restraints);
        Assert.Equal(["RF2", "RF8"], entry.Item.RiskFactors);
    }

    [Fact]
    public void Chosen_values_outside_the_framework_are_errors_at_their_positions_and_nothing_is_offered()
    {
        var errors = new ValidationErrors();

        GoodPracticeEntry? entry = GoodPracticeRules.Offer(
            Input(GoodPracticeItemKind.TrainingProgramme, ["R1", "R8"], ["RF15"]), Approved(StrategyStep.OfficialTraining), new OfficialTrainingBuilder().Build(), "fp", Now, errors);

        Assert.Null(entry);
        Assert.Equal(
            [("$.restraints[1]", ValidationCodes.UnknownRestraint), ("$.riskFactors[0]", ValidationCodes.UnknownRiskFactor)],
            errors.Entries.Select(e => (e.Path, e.Code)).Order());
    }

    [Fact]
    public void More_restraints_than_the_framework_has_are_too_many()
    {
        var errors = new ValidationErrors();

        Assert.Null(GoodPracticeRules.Offer(
            Input(GoodPracticeItemKind.TrainingProgramme, ["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R1"]), Approved(StrategyStep.OfficialTraining), new OfficialTrainingBuilder().Build(), "fp", Now, errors));
        ValidationEntry error = Assert.Single(errors.Entries);
        Assert.Equal(("$.restraints", ValidationCodes.TooMany), (error.Path, error.Code));
    }

    [Fact]
    public void The_library_finds_a_training_programme_by_the_restraint_and_factor_chosen_for_it()
    {
        GoodPracticeEntry entry = Offer(Input(GoodPracticeItemKind.TrainingProgramme, ["R2"], ["RF9"]), new OfficialTrainingBuilder().Build(), null);

        Assert.True((GoodPracticeFilter.None with { Restraint = "R2", RiskFactor = "RF9" }).Matches(entry));
        Assert.False((GoodPracticeFilter.None with { Restraint = "R3" }).Matches(entry));
    }

    private static GoodPracticeEntry Offer(GoodPracticeInput input, StepContent content, ActionPrioritisationContent? actions)
    {
        var errors = new ValidationErrors();
        GoodPracticeEntry? entry = GoodPracticeRules.Offer(input, Approved(GoodPracticeItems.StepOf(input.Kind!.Value)), content, "fp@gha.example", Now, errors, actions);
        Assert.True(errors.IsEmpty, string.Join("; ", errors.Entries.Select(e => $"{e.Path}: {e.Message}")));
        return entry!;
    }

    private static StrategyProgress Approved(StrategyStep step) => ApprovedProgress.Of("2027", "GHA", Now, (step, 1));
}
