using Bunit;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Portal.Components.Steps;
using static FocalPoints.Portal.Tests.Components.Steps.StepFormTestData;

namespace FocalPoints.Portal.Tests.Components.Steps;

public sealed class ActionPrioritisationEditorTests : PortalTestContext
{
    [Fact]
    public void High_and_severe_factors_no_action_covers_are_still_to_cover_until_an_action_covers_them()
    {
        // Arrange: RF9 severe, RF2 high, RF3 moderate in the approved assessment
        RiskAssessmentForm approved = CompleteRiskAssessment();
        approved.Factors[1].Rating = RiskRating.High;
        approved.Factors[8].Rating = RiskRating.Severe;
        ActionPrioritisationForm form = TwoActions();
        IRenderedComponent<ActionPrioritisationEditor> cut = Render<ActionPrioritisationEditor>(p => p
            .Add(c => c.Model, form)
            .Add(c => c.Approved, ApprovedSteps.Of(approved.ToContent())));
        Assert.Equal(2, cut.FindAll(".to-cover li").Count);

        // Act: the first action addresses RF9
        cut.Find("#f-actions-0-riskFactors-RF9").Change(true);

        // Assert
        AngleSharp.Dom.IElement remaining = Assert.Single(cut.FindAll(".to-cover li"));
        Assert.StartsWith("RF2 — ", remaining.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_action_cannot_move_up_and_the_last_cannot_move_down()
    {
        IRenderedComponent<ActionPrioritisationEditor> cut = Render<ActionPrioritisationEditor>(p => p.Add(c => c.Model, TwoActions()));

        Assert.True(cut.Find("[aria-label='Move up priority 1']").HasAttribute("disabled"));
        Assert.True(cut.Find("[aria-label='Move down priority 2']").HasAttribute("disabled"));
        Assert.False(cut.Find("[aria-label='Move down priority 1']").HasAttribute("disabled"));
    }
}
