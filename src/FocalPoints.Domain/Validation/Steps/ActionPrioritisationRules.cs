using FocalPoints.Domain.Framework;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Domain.Validation.Steps;

/// <summary>Step 2: titled actions in priority order, covering the factors the approved risk assessment rated high or severe.</summary>
public sealed class ActionPrioritisationRules : StepContentRules<ActionPrioritisationContent>
{
    public override bool ListsWithinCaps(ActionPrioritisationContent content, ValidationErrors errors) =>
        errors.CheckCount("$.actions", content.Actions, ContentLimits.Actions)
        && EachWithinCaps(content.Actions, (a, i) => errors.CheckCount($"$.actions[{i}].riskFactors", a.RiskFactors, ContentLimits.RiskFactorsPerAction));

    public override void CheckWellFormed(ActionPrioritisationContent content, ValidationErrors errors)
    {
        for (int i = 0; i < (content.Actions?.Count ?? 0); i++)
        {
            PrioritisedAction action = content.Actions![i];
            string path = $"$.actions[{i}]";
            errors.CheckText($"{path}.title", action.Title);
            errors.CheckText($"{path}.leadInstitution", action.LeadInstitution);
            if (action.Restraint is not null && Restraints.Find(action.Restraint) is null)
            {
                errors.Add($"{path}.restraint", ValidationCodes.UnknownRestraint, "Must be one of R1 to R7.");
            }

            for (int j = 0; j < (action.RiskFactors?.Count ?? 0); j++)
            {
                if (RiskFactors.Find(action.RiskFactors![j]) is null)
                {
                    errors.Add($"{path}.riskFactors[{j}]", ValidationCodes.UnknownRiskFactor, "Must be one of RF1 to RF14.");
                }
            }

            if (action.Start is DateOnly start && action.End is DateOnly end && end < start)
            {
                errors.Add($"{path}.end", ValidationCodes.EndBeforeStart, "Must not be before start.");
            }

            if (action.Priority is < 1)
            {
                errors.Add($"{path}.priority", ValidationCodes.PriorityBelowOne, "Priorities start at 1.");
            }
        }
    }

    public override void CheckComplete(ActionPrioritisationContent content, ApprovedSteps approved, ValidationErrors errors)
    {
        IReadOnlyList<PrioritisedAction> actions = content.Actions ?? [];
        if (actions.Count == 0)
        {
            errors.Add("$.actions", ValidationCodes.ActionNeeded, "At least one action is needed.");
            return;
        }

        for (int i = 0; i < actions.Count; i++)
        {
            PrioritisedAction action = actions[i];
            string path = $"$.actions[{i}]";
            errors.CheckText($"{path}.title", action.Title, required: true);
            Require(errors, $"{path}.scope", action.Scope);
            Require(errors, $"{path}.restraint", action.Restraint);
            Require(errors, $"{path}.priority", action.Priority);
        }

        int[] priorities = actions.Where(a => a.Priority is not null).Select(a => a.Priority!.Value).Order().ToArray();
        if (!priorities.SequenceEqual(Enumerable.Range(1, priorities.Length)))
        {
            errors.Add("$.actions", ValidationCodes.PrioritiesInOrder, $"Priorities must be 1 to {actions.Count}, each once, without gaps.", actions.Count);
        }

        foreach (RiskFactorAssessment high in ActionCoverage.Uncovered(approved.Get<RiskAssessmentContent>(), actions))
        {
            errors.Add("$.actions", ValidationCodes.HighRiskNotAddressed, $"{high.Id} was rated {JsonNaming.CamelCase(high.Rating!.Value.ToString())} in the approved risk assessment; some action must address it.", high.Id ?? string.Empty, high.Rating.Value);
        }
    }
}
