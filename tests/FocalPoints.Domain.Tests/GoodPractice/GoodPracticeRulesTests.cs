using FocalPoints.Domain.GoodPractice;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Validation;
using FocalPoints.Testing.Builders;

namespace FocalPoints.Domain.Tests.GoodPractice;

public class GoodPracticeRulesTests
{
    private static readonly DateTime Now = new(2027, 6, 1, 9, 0, 0, DateTimeKind.Utc);

    private static readonly GoodPracticeInput OfferFirstAction =
        new("2027", "GHA", GoodPracticeItemKind.Action, 0, "Parliament adopted it within a year.", "Funding came late.", Language.En);

    [Fact]
    public void An_action_of_an_approved_network_step_is_offered_with_its_restraint_and_risk_factors()
    {
        var errors = new ValidationErrors();

        GoodPracticeEntry? entry = GoodPracticeRules.Offer(OfferFirstAction, Approved(StrategyStep.ActionPrioritisation, version: 2), Actions(Sharing.Network), "fp@gha.example", Now, errors);

        Assert.True(errors.IsEmpty);
        Assert.NotNull(entry);
        Assert.Equal("Strengthen the national human rights institution", entry.Item.Title);
        Assert.Equal(["R3"], entry.Item.Restraints);
        Assert.Equal(["RF2"], entry.Item.RiskFactors);
        Assert.Equal(StrategyStep.ActionPrioritisation, entry.Step);
        Assert.Equal(2, entry.Version);
        Assert.Equal(RegionalGroup.AfricanStates, entry.RegionalGroup);
    }

    [Fact]
    public void A_confidential_step_is_refused()
    {
        var errors = new ValidationErrors();

        GoodPracticeEntry? entry = GoodPracticeRules.Offer(OfferFirstAction, Approved(StrategyStep.ActionPrioritisation), Actions(Sharing.Confidential), "fp@gha.example", Now, errors);

        Assert.Null(entry);
        ValidationEntry error = Assert.Single(errors.Entries);
        Assert.Equal("$.kind", error.Path);
        Assert.Contains("confidential", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_without_sharing_counts_as_confidential_and_is_refused()
    {
        var errors = new ValidationErrors();

        Assert.Null(GoodPracticeRules.Offer(OfferFirstAction, Approved(StrategyStep.ActionPrioritisation), Actions(null), "fp", Now, errors));
        Assert.Contains("confidential", Assert.Single(errors.Entries).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_not_approved_is_refused()
    {
        var errors = new ValidationErrors();
        StrategyProgress open = StrategyProgress.Start("2027", "GHA", Now).Opened(StrategyStep.RiskAssessment, Now, Now.AddDays(1));

        Assert.Null(GoodPracticeRules.Offer(OfferFirstAction, open, null, "fp", Now, errors));
        Assert.Contains("not approved", Assert.Single(errors.Entries).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_note_and_unknown_item_are_errors_at_their_fields()
    {
        var errors = new ValidationErrors();

        GoodPracticeRules.Offer(OfferFirstAction with { Index = 5, WhatWorked = " ", Language = null }, Approved(StrategyStep.ActionPrioritisation), Actions(Sharing.Public), "fp", Now, errors);

        Assert.Equal(["$.index", "$.language", "$.whatWorked"], errors.Entries.Select(e => e.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Withdrawal_is_for_the_focal_points_of_the_entry_s_own_country_only()
    {
        GoodPracticeEntry entry = Offered();

        Assert.True(entry.CanBeWithdrawnBy(["GHA", "NGA"]));
        Assert.False(entry.CanBeWithdrawnBy(["NGA"]));
        Assert.False(entry.CanBeWithdrawnBy([]));
    }

    [Fact]
    public void The_entry_shows_while_its_version_is_the_approved_one()
    {
        GoodPracticeEntry entry = Offered();
        StepProgress step = Approved(StrategyStep.ActionPrioritisation)[StrategyStep.ActionPrioritisation];

        Assert.False(GoodPracticeRules.NeedsContent(entry, step));
        Assert.True(GoodPracticeRules.IsShown(entry, step, null));
    }

    [Fact]
    public void The_entry_no_longer_shows_when_a_newer_version_is_confidential_or_drops_the_item()
    {
        GoodPracticeEntry entry = Offered();
        StepProgress newer = Approved(StrategyStep.ActionPrioritisation, version: 2)[StrategyStep.ActionPrioritisation];
        ActionPrioritisationContent other = new ActionPrioritisationBuilder().WithAction("Another action", "R1", 1).Build();

        Assert.True(GoodPracticeRules.NeedsContent(entry, newer));
        Assert.True(GoodPracticeRules.IsShown(entry, newer, Actions(Sharing.Public)));
        Assert.False(GoodPracticeRules.IsShown(entry, newer, Actions(Sharing.Confidential)));
        Assert.False(GoodPracticeRules.IsShown(entry, newer, other));
        Assert.False(GoodPracticeRules.IsShown(entry, newer, null));
    }

    [Fact]
    public void The_entry_no_longer_shows_while_its_step_is_not_approved()
    {
        StepProgress submitted = new(StrategyStep.ActionPrioritisation, StepStatus.Submitted, Now, Now, 2, null);

        Assert.False(GoodPracticeRules.IsShown(Offered(), submitted, Actions(Sharing.Network)));
    }

    [Fact]
    public void Every_kind_of_item_is_read_from_its_step()
    {
        Assert.Single(GoodPracticeItems.In(new OfficialTrainingBuilder().Build(), GoodPracticeItemKind.TrainingProgramme));
        Assert.NotEmpty(GoodPracticeItems.In(new ResourceMobilisationBuilder().Build(), GoodPracticeItemKind.Resource));
        Assert.Empty(GoodPracticeItems.In(Actions(Sharing.Network), GoodPracticeItemKind.Resource));
    }

    [Fact]
    public void Filters_match_restraint_risk_factor_group_language_and_words()
    {
        GoodPracticeEntry entry = Offered() with { Featured = true };
        var errors = new ValidationErrors();

        Assert.True(Parse(new(Text: "parliament YEAR", Restraint: "R3", RiskFactor: "RF2", Step: "action-prioritisation", RegionalGroup: "africanStates", Language: "en", Featured: "true"), errors)!.Matches(entry));
        Assert.False(Parse(new(Restraint: "R1"), errors)!.Matches(entry));
        Assert.False(Parse(new(RegionalGroup: "asiaPacificStates"), errors)!.Matches(entry));
        Assert.False(Parse(new(Text: "budget"), errors)!.Matches(entry));
        Assert.True(errors.IsEmpty);
    }

    [Fact]
    public void Unknown_filter_values_are_errors_not_ignored()
    {
        var errors = new ValidationErrors();

        Assert.Null(GoodPracticeFilter.Parse(new(Restraint: "R9", RiskFactor: "RF99", Step: "nope", RegionalGroup: "x", Language: "de", Featured: "maybe"), errors));
        Assert.Equal(["featured", "language", "regionalGroup", "restraint", "riskFactor", "step"], errors.Entries.Select(e => e.Path).Order(StringComparer.Ordinal));
    }

    private static GoodPracticeFilter? Parse(GoodPracticeQueryValues values, ValidationErrors errors) => GoodPracticeFilter.Parse(values, errors);

    private static GoodPracticeEntry Offered() =>
        GoodPracticeRules.Offer(OfferFirstAction, Approved(StrategyStep.ActionPrioritisation), Actions(Sharing.Network), "fp@gha.example", Now, new ValidationErrors())!;

    private static ActionPrioritisationContent Actions(Sharing? sharing) => new ActionPrioritisationBuilder().Build() with { Sharing = sharing };

    /// <summary>GHA's strategy with <paramref name="step"/> approved at <paramref name="version"/>.</summary>
    private static StrategyProgress Approved(StrategyStep step, int version = 1) => ApprovedProgress.Of("2027", "GHA", Now, (step, version));
}
