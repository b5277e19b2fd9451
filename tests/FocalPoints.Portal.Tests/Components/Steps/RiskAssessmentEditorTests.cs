using AngleSharp.Dom;
using Bunit;
using FocalPoints.Domain.Framework;
using FocalPoints.Portal.Components.Steps;

namespace FocalPoints.Portal.Tests.Components.Steps;

/// <summary>The indicators appear with the Framework's words, so a focal point need not open the Framework to know what 1.1 is.</summary>
public sealed class RiskAssessmentEditorTests : PortalTestContext
{
    [Fact]
    public void Each_indicator_is_offered_with_its_words_as_the_check_boxs_label()
    {
        IRenderedComponent<RiskAssessmentEditor> cut = Render<RiskAssessmentEditor>(p => p.Add(c => c.Model, RiskAssessmentForm.From(null)));

        IElement box = cut.Find("#f-riskFactors-0-indicators-1-1");
        Assert.Equal("checkbox", box.GetAttribute("type"));
        Assert.Equal("1.1 — International or non-international armed conflict.", cut.Find("label[for='f-riskFactors-0-indicators-1-1']").TextContent.Trim());
        Assert.Equal("8.12 — Acts related to accountability processes, particularly when perceived as unfair.", cut.Find("label[for='f-riskFactors-7-indicators-8-12']").TextContent.Trim());
    }

    [Fact]
    public void Every_factor_offers_exactly_the_Frameworks_indicators()
    {
        IRenderedComponent<RiskAssessmentEditor> cut = Render<RiskAssessmentEditor>(p => p.Add(c => c.Model, RiskAssessmentForm.From(null)));

        foreach ((RiskFactor factor, int index) in RiskFactors.All.Select((f, i) => (f, i)))
        {
            var boxes = cut.FindAll($"#f-riskFactors-{index}-indicators input[type=checkbox]");
            Assert.Equal(RiskFactors.IndicatorCount(factor), boxes.Count);
        }
    }

    [Fact]
    public void The_list_is_folded_until_an_indicator_is_chosen_and_stays_open_when_the_last_is_unticked()
    {
        RiskAssessmentForm form = RiskAssessmentForm.From(null);
        form.Factors[8].Indicators.Add("9.3");
        IRenderedComponent<RiskAssessmentEditor> cut = Render<RiskAssessmentEditor>(p => p.Add(c => c.Model, form));
        Assert.False(cut.Find("#f-riskFactors-0-indicators").HasAttribute("open"));
        Assert.True(cut.Find("#f-riskFactors-8-indicators").HasAttribute("open"));
        Assert.Contains("(1 / 6)", cut.Find("#f-riskFactors-8-indicators summary").TextContent, StringComparison.Ordinal);

        cut.Find("#f-riskFactors-8-indicators-9-3").Change(false);

        Assert.Empty(form.Factors[8].Indicators);
        Assert.True(cut.Find("#f-riskFactors-8-indicators").HasAttribute("open"));
        Assert.Contains("(0 / 6)", cut.Find("#f-riskFactors-8-indicators summary").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_indicator_a_draft_holds_outside_the_Framework_is_still_shown_so_it_can_be_removed()
    {
        RiskAssessmentForm form = RiskAssessmentForm.From(null);
        form.Factors[8].Indicators.Add("9.12");

        IRenderedComponent<RiskAssessmentEditor> cut = Render<RiskAssessmentEditor>(p => p.Add(c => c.Model, form));

        Assert.Equal("9.12", cut.Find("label[for='f-riskFactors-8-indicators-9-12']").TextContent.Trim());
    }
}

/// <summary>In an Arabic session the indicators read in Arabic.</summary>
public sealed class RiskAssessmentEditorArabicTests() : PortalTestContext("ar")
{
    [Fact]
    public void Indicators_and_factor_names_read_in_the_UI_language()
    {
        IRenderedComponent<RiskAssessmentEditor> cut = Render<RiskAssessmentEditor>(p => p.Add(c => c.Model, RiskAssessmentForm.From(null)));

        Assert.Equal("1.1 — نزاع مسلح دولي أو غير دولي.", cut.Find("label[for='f-riskFactors-0-indicators-1-1']").TextContent.Trim());
        Assert.Contains("RF1 — حالات النزاع المسلح", cut.Find("fieldset.factor legend").TextContent, StringComparison.Ordinal);
    }
}
