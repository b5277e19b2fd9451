using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Validation;
using FocalPoints.Testing.Builders;

namespace FocalPoints.Domain.Tests.Validation;

public class ValidationCodesTests
{
    [Fact]
    public void Every_step_rule_gives_its_error_a_code()
    {
        // Arrange: content that breaks many rules of every step
        StepContent[] contents =
        [
            new RiskAssessmentBuilder().WithFactor("RF1", RiskRating.NotApplicable).WithFactor("RF2", RiskRating.High, trend: null, indicators: "9.1")
                .WithFactor("RF8", RiskRating.High, Trend.Stable, "E", "8.13").WithFactor("RF9", RiskRating.NotApplicable, evidence: null)
                .WithoutFactor("RF3").WithDuplicateFactor("RF4").WithRestraint("R1", null).WithoutRestraint("R2").Build(),
            new ActionPrioritisationBuilder().WithAction("A", "R8", 0, ["RF99"], new DateOnly(2027, 2, 1), new DateOnly(2027, 1, 1)).WithAction(new string('x', 4001), "R1", 4).Build(),
            new OfficialTrainingContent([new TrainingProgramme(null, [], -1, [new TrainingSession(null, -1)])], null),
            new ResourceMobilisationContent([new Resource(null, null, -1, "XYZ", null, [7])], null, null, null),
        ];
        var approved = ApprovedSteps.Of(new RiskAssessmentBuilder().WithFactor("RF9", RiskRating.Severe).Build(), new ActionPrioritisationBuilder().WithAction("A", "R1", 1).Build());

        // Act
        ValidationEntry[] entries = contents.SelectMany(c => StepContentValidator.ValidateSubmission(c, approved).Entries).ToArray();

        // Assert
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.False(string.IsNullOrEmpty(e.Code), $"{e.Path}: {e.Message}"));
        Assert.Contains(entries, e => e is { Code: ValidationCodes.HighRiskNotAddressed } && e.Args.SequenceEqual(["RF9", RiskRating.Severe]));
        Assert.Contains(entries, e => e is { Code: ValidationCodes.TooLong, Path: "$.actions[1].title" });
    }

    [Fact]
    public void Codes_do_not_change_what_the_api_sends()
    {
        var errors = new ValidationErrors();
        errors.Add("$.b", ValidationCodes.Required, "Required.");
        errors.Add("$.a", "Plain.");

        Assert.Equal(["$.a", "$.b"], errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Required."], errors.ToDictionary()["$.b"]);
        Assert.Null(errors.Entries[1].Code);
    }

    [Fact]
    public void Uncovered_lists_the_high_and_severe_factors_no_action_addresses()
    {
        RiskAssessmentContent approved = new RiskAssessmentBuilder().WithFactor("RF2", RiskRating.High).WithFactor("RF9", RiskRating.Severe).WithFactor("RF3", RiskRating.Moderate).Build();
        PrioritisedAction[] actions = new ActionPrioritisationBuilder().WithAction("A", "R1", 1, ["RF2", "RF3"]).Build().Actions!.ToArray();

        IReadOnlyList<RiskFactorAssessment> uncovered = ActionCoverage.Uncovered(approved, actions);

        Assert.Equal(["RF9"], uncovered.Select(f => f.Id));
    }
}
