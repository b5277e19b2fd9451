using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Validation;
using FocalPoints.Testing.Builders;

namespace FocalPoints.Domain.Tests.Validation;

public class RiskAssessmentRulesTests
{
    private static IReadOnlyDictionary<string, string[]> Errors(RiskAssessmentBuilder builder) =>
        StepContentValidator.ValidateSubmission(builder.Build(), ApprovedSteps.None).ToDictionary();

    [Fact]
    public void Complete_assessment_is_accepted() => Assert.Empty(Errors(new RiskAssessmentBuilder()));

    [Fact]
    public void Missing_risk_factor_is_refused()
    {
        var errors = Errors(new RiskAssessmentBuilder().WithoutFactor("RF7"));
        Assert.Contains(errors["$.riskFactors"], m => m.StartsWith("RF7", StringComparison.Ordinal));
    }

    [Fact]
    public void Factor_assessed_twice_is_refused()
    {
        var errors = Errors(new RiskAssessmentBuilder().WithDuplicateFactor("RF2"));
        Assert.Contains(errors["$.riskFactors"], m => m.Contains("RF2 is assessed 2 times", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_restraint_is_refused()
    {
        var errors = Errors(new RiskAssessmentBuilder().WithoutRestraint("R6"));
        Assert.Contains(errors["$.resilience"], m => m.StartsWith("R6", StringComparison.Ordinal));
    }

    [Fact]
    public void Restraint_without_capacity_is_refused()
    {
        var errors = Errors(new RiskAssessmentBuilder().WithRestraint("R1", capacity: null));
        Assert.True(errors.ContainsKey("$.resilience[0].capacity"));
    }

    [Fact]
    public void Common_factor_cannot_be_not_applicable()
    {
        var errors = Errors(new RiskAssessmentBuilder().WithFactor("RF3", RiskRating.NotApplicable, evidence: "Not relevant."));
        Assert.True(errors.ContainsKey("$.riskFactors[2].rating"));
    }

    [Fact]
    public void Specific_factor_not_applicable_needs_evidence()
    {
        Assert.True(Errors(new RiskAssessmentBuilder().WithFactor("RF13", RiskRating.NotApplicable, trend: null, evidence: null)).ContainsKey("$.riskFactors[12].evidence"));
        Assert.Empty(Errors(new RiskAssessmentBuilder().WithFactor("RF13", RiskRating.NotApplicable, trend: null, evidence: "No armed conflict since 1990.")));
    }

    [Fact]
    public void Rated_factor_needs_a_trend()
    {
        Assert.True(Errors(new RiskAssessmentBuilder().WithFactor("RF1", RiskRating.High, trend: null)).ContainsKey("$.riskFactors[0].trend"));
    }

    [Fact]
    public void Indicator_must_belong_to_its_factor()
    {
        Assert.Empty(Errors(new RiskAssessmentBuilder().WithFactor("RF9", RiskRating.High, Trend.Worsening, "Evidence.", "9.3")));
        var errors = Errors(new RiskAssessmentBuilder().WithFactor("RF8", RiskRating.High, Trend.Worsening, "Evidence.", "9.3"));
        Assert.Contains(errors["$.riskFactors[7].indicators[0]"], m => m.Contains("does not belong to RF8", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("9.7")]
    [InlineData("9")]
    [InlineData("9.x")]
    [InlineData("9.0")]
    public void Indicator_outside_the_framework_is_refused(string indicator)
    {
        Assert.True(Errors(new RiskAssessmentBuilder().WithFactor("RF9", RiskRating.High, Trend.Stable, "Evidence.", indicator)).ContainsKey("$.riskFactors[8].indicators[0]"));
    }

    [Fact]
    public void Evidence_over_4000_characters_is_refused_even_in_a_draft()
    {
        RiskAssessmentContent content = new RiskAssessmentBuilder().WithFactor("RF1", RiskRating.Low, evidence: new string('x', 4001)).Build();
        Assert.True(StepContentValidator.ValidateDraft(content).ToDictionary().ContainsKey("$.riskFactors[0].evidence"));
        Assert.Empty(StepContentValidator.ValidateDraft(new RiskAssessmentBuilder().WithFactor("RF1", RiskRating.Low, evidence: new string('x', 4000)).Build()).ToDictionary());
    }

    [Fact]
    public void Incomplete_draft_is_well_formed()
    {
        RiskAssessmentContent draft = new RiskAssessmentBuilder().WithoutFactor("RF1").WithoutRestraint("R1").Build();
        Assert.True(StepContentValidator.ValidateDraft(draft).IsEmpty);
        Assert.False(StepContentValidator.ValidateSubmission(draft, ApprovedSteps.None).IsEmpty);
    }

    [Fact]
    public void Unknown_factor_id_is_refused()
    {
        Assert.True(Errors(new RiskAssessmentBuilder().WithFactor("RF15", RiskRating.Low)).ContainsKey("$.riskFactors[14].id"));
    }
}
