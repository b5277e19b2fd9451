using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Validation;
using FocalPoints.Testing.Builders;

namespace FocalPoints.Domain.Tests.Validation;

public class LaterStepRulesTests
{
    private static readonly ApprovedSteps SevereRf9 = ApprovedSteps.Of(new RiskAssessmentBuilder().WithFactor("RF9", RiskRating.Severe, Trend.Worsening).Build());

    private static IReadOnlyDictionary<string, string[]> Errors(StepContent content, ApprovedSteps? approved = null) =>
        StepContentValidator.ValidateSubmission(content, approved ?? ApprovedSteps.None).ToDictionary();

    [Fact]
    public void Actions_need_at_least_one_action() =>
        Assert.True(Errors(new ActionPrioritisationBuilder().WithNoActions().Build()).ContainsKey("$.actions"));

    [Fact]
    public void Action_priorities_must_have_no_gaps()
    {
        var content = new ActionPrioritisationBuilder().WithAction("A", "R1", 1).WithAction("B", "R2", 3).Build();
        Assert.Contains(Errors(content)["$.actions"], m => m.Contains("without gaps", StringComparison.Ordinal));
    }

    [Fact]
    public void Action_priorities_must_not_repeat()
    {
        var content = new ActionPrioritisationBuilder().WithAction("A", "R1", 1).WithAction("B", "R2", 1).Build();
        Assert.True(Errors(content).ContainsKey("$.actions"));
    }

    [Fact]
    public void Action_cannot_end_before_it_starts()
    {
        var content = new ActionPrioritisationBuilder().WithAction("A", "R1", 1, start: new DateOnly(2027, 5, 1), end: new DateOnly(2027, 4, 30)).Build();
        Assert.True(Errors(content).ContainsKey("$.actions[0].end"));
    }

    [Fact]
    public void Every_high_or_severe_factor_of_the_approved_assessment_is_addressed()
    {
        var missing = new ActionPrioritisationBuilder().WithAction("A", "R1", 1, ["RF2"]).Build();
        Assert.Contains(Errors(missing, SevereRf9)["$.actions"], m => m.StartsWith("RF9 was rated severe", StringComparison.Ordinal));

        var addressed = new ActionPrioritisationBuilder().WithAction("A", "R5", 1, ["RF9"]).Build();
        Assert.Empty(Errors(addressed, SevereRf9));
    }

    [Fact]
    public void Action_restraint_must_be_known() =>
        Assert.True(Errors(new ActionPrioritisationBuilder().WithAction("A", "R8", 1).Build()).ContainsKey("$.actions[0].restraint"));

    [Fact]
    public void Training_needs_a_programme() =>
        Assert.True(Errors(new OfficialTrainingBuilder().WithNoProgrammes().Build()).ContainsKey("$.programmes"));

    [Fact]
    public void Training_programme_needs_a_topic() =>
        Assert.True(Errors(new OfficialTrainingBuilder().OnlyProgramme(TrainingAudience.Media, [], 10).Build()).ContainsKey("$.programmes[0].topics"));

    [Fact]
    public void Training_programme_needs_planned_participants() =>
        Assert.True(Errors(new OfficialTrainingBuilder().OnlyProgramme(TrainingAudience.Media, [TrainingTopic.HateSpeech], 0).Build()).ContainsKey("$.programmes[0].plannedParticipants"));

    [Fact]
    public void Training_session_participants_cannot_be_negative() =>
        Assert.True(Errors(new OfficialTrainingBuilder().OnlyProgramme(TrainingAudience.Media, [TrainingTopic.HateSpeech], 5, new TrainingSession(new DateOnly(2027, 1, 1), -1)).Build())
            .ContainsKey("$.programmes[0].sessions[0].participants"));

    [Fact]
    public void Complete_training_is_accepted() => Assert.Empty(Errors(new OfficialTrainingBuilder().Build()));

    [Fact]
    public void Resources_need_an_amount_above_zero_in_an_iso_currency()
    {
        Assert.True(Errors(new ResourceMobilisationBuilder().WithResource(0m, "USD").Build()).ContainsKey("$.resources"));
        Assert.True(Errors(new ResourceMobilisationBuilder().WithResource(100m, "XYZ").Build()).ContainsKey("$.resources[0].currency"));
        Assert.Empty(Errors(new ResourceMobilisationBuilder().WithResource(100m, "GHS").Build()));
    }

    [Fact]
    public void Linked_priorities_must_exist_in_the_approved_actions()
    {
        var approved = ApprovedSteps.Of(new ActionPrioritisationBuilder().WithAction("A", "R1", 1).WithAction("B", "R2", 2).Build());
        Assert.Empty(Errors(new ResourceMobilisationBuilder().WithResource(10m, "EUR", 1, 2).Build(), approved));
        Assert.Contains(Errors(new ResourceMobilisationBuilder().WithResource(10m, "EUR", 3).Build(), approved)["$.resources[0].linkedActionPriorities"],
            m => m.StartsWith("Priority 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Numbers_stop_at_what_a_national_strategy_holds()
    {
        var tooMany = new OfficialTrainingBuilder().OnlyProgramme(TrainingAudience.Judiciary, [TrainingTopic.HumanRights], int.MaxValue, new TrainingSession(new DateOnly(2027, 5, 1), NumberLimits.Participants + 1)).Build();
        IReadOnlyList<ValidationEntry> entries = StepContentValidator.ValidateDraft(tooMany).Entries;
        Assert.Contains(entries, e => e is { Path: "$.programmes[0].plannedParticipants", Code: ValidationCodes.TooLarge });
        Assert.Contains(entries, e => e is { Path: "$.programmes[0].sessions[0].participants", Code: ValidationCodes.TooLarge });

        var atTheLimit = new OfficialTrainingBuilder().OnlyProgramme(TrainingAudience.Judiciary, [TrainingTopic.HumanRights], NumberLimits.Participants, new TrainingSession(new DateOnly(2027, 5, 1), NumberLimits.Participants)).Build();
        Assert.Empty(Errors(atTheLimit));

        Assert.True(Errors(new ResourceMobilisationBuilder().WithResource(NumberLimits.Amount + 1, "IRR").Build()).ContainsKey("$.resources[0].amount"));
        Assert.False(Errors(new ResourceMobilisationBuilder().WithResource(NumberLimits.Amount, "IRR").Build()).ContainsKey("$.resources[0].amount"));
    }
}
