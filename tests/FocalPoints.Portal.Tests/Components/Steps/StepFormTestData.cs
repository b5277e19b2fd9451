using Bunit;
using FocalPoints.Domain.Framework;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Portal.Components.Steps;

namespace FocalPoints.Portal.Tests.Components.Steps;

/// <summary>Forms filled in as a focal point would, for the step tests.</summary>
internal static class StepFormTestData
{
    /// <summary>A complete risk assessment form, except what the test changes afterwards.</summary>
    public static RiskAssessmentForm CompleteRiskAssessment()
    {
        var form = RiskAssessmentForm.From(null);
        foreach (RiskFactorRow row in form.Factors)
        {
            row.Rating = RiskRating.Moderate;
            row.Trend = Trend.Stable;
            row.Evidence = $"Evidence for {row.Factor.Id}.";
        }

        foreach (RestraintRow row in form.Restraints)
        {
            row.Capacity = Capacity.Partial;
        }

        return form;
    }

    public static ActionPrioritisationForm TwoActions()
    {
        var form = ActionPrioritisationForm.From(null);
        form.Actions.Add(new ActionRow { Title = "Train police", Scope = ActionScope.Domestic, Restraint = Restraints.All[0].Id });
        form.Actions.Add(new ActionRow { Title = "Early-warning desk", Scope = ActionScope.Domestic, Restraint = Restraints.All[3].Id });
        return form;
    }

    public static AngleSharp.Dom.IElement ButtonNamed<T>(IRenderedComponent<T> cut, string name)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.FindAll("fluent-button, button").Single(b => b.TextContent.Trim() == name);
}
