using System.Text.Json;
using Bunit;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Strategies.Kinds;
using FocalPoints.Portal.Api;
using FocalPoints.Portal.Components.Steps;
using FocalPoints.Portal.Components.Versions;
using Microsoft.AspNetCore.Components;

namespace FocalPoints.Portal.Tests.Components.Steps;

public sealed class PortalStepKindsTests : PortalTestContext
{
    public static TheoryData<StrategyStep> Steps() => new(Enum.GetValues<StrategyStep>());

    [Theory]
    [MemberData(nameof(Steps))]
    public void Every_kind_has_a_form_an_editor_of_that_form_and_a_view_of_its_content(StrategyStep step)
    {
        StepKind kind = StepKinds.Of(step);

        PortalStepKind portal = Assert.Single(PortalStepKinds.All, k => k.Kind == kind);

        IStepForm form = portal.Form(null);
        Assert.IsType(kind.ContentType, form.ToContent());
        Assert.Equal(typeof(StepEditor<>).MakeGenericType(form.GetType()), portal.Editor.BaseType);
        Assert.Equal(typeof(ContentView<>).MakeGenericType(kind.ContentType), portal.View.BaseType);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void The_form_host_shows_the_kinds_editor_editing_the_form(StrategyStep step)
    {
        PortalStepKind portal = PortalStepKinds.Of(step);
        IStepForm form = portal.Form(null);

        IRenderedComponent<StepFormHost> cut = Render<StepFormHost>(p => p
            .Add(c => c.Step, step)
            .Add(c => c.Form, form)
            .Add(c => c.SaveDraft, _ => Task.FromResult<Problem?>(null))
            .Add(c => c.Submit, (_, _) => Task.FromResult<Problem?>(null))
            .Add(c => c.AutosaveDelay, (_, token) => Task.Delay(Timeout.Infinite, token)));

        object? editor = cut.FindComponent<DynamicComponent>().Instance.Instance;
        Assert.IsType(portal.Editor, editor);
        Assert.Same(form, portal.Editor.GetProperty(nameof(StepEditor<IStepForm>.Model))!.GetValue(editor));
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void The_content_view_shows_the_kinds_view_of_the_content_and_its_sharing(StrategyStep step)
    {
        PortalStepKind portal = PortalStepKinds.Of(step);
        StepContent content = portal.Form(null).ToContent() with { Sharing = Sharing.Network };

        IRenderedComponent<StepContentView> cut = Render<StepContentView>(p => p
            .Add(c => c.Step, step)
            .Add(c => c.Content, Json(content)));

        object? view = cut.FindComponent<DynamicComponent>().Instance.Instance;
        Assert.IsType(portal.View, view);
        var shown = (StepContent)portal.View.GetProperty(nameof(ContentView<StepContent>.Content))!.GetValue(view)!;
        Assert.Equal(StepContentJson.Serialize(content), StepContentJson.Serialize(shown));
        Assert.Equal("Sharing: Shared with the network", cut.Find("p:last-child").TextContent.Trim());
    }

    [Fact]
    public void The_kinds_views_are_styled_by_the_content_views_stylesheet()
    {
        StepContent content = PortalStepKinds.Of(StrategyStep.RiskAssessment).Form(null).ToContent();

        IRenderedComponent<StepContentView> cut = Render<StepContentView>(p => p
            .Add(c => c.Step, StrategyStep.RiskAssessment)
            .Add(c => c.Content, Json(content)));

        // The kind's view writes the tables, the content view the sharing line: one CSS scope for both.
        string scope = Assert.Single(cut.Find("p:last-child").Attributes, a => a.Name.StartsWith("b-", StringComparison.Ordinal)).Name;
        Assert.Equal(2, cut.FindAll($"td.text[{scope}]").Select(td => td.Closest("table")).Distinct().Count());
        Assert.Equal(2, cut.FindAll($"dl.facts[{scope}] dt").Count);
    }

    private static JsonElement Json(StepContent content) => JsonDocument.Parse(StepContentJson.Serialize(content)).RootElement.Clone();
}
