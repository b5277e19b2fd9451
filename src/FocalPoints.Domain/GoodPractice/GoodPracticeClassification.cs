using FocalPoints.Domain.Framework;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Domain.GoodPractice;

/// <summary>
/// The restraints and risk factors an offered item relates to, so that the library finds every kind by them.
/// What the approved content says comes first: an action's own restraint and factors, and a resource's linked
/// action priorities read in the same cycle's approved action prioritisation — only when that step is shared,
/// so that no classification is built from confidential content. To that the focal point adds what they choose
/// in the offer (a training programme or a legislative engagement links to nothing in its content): only the
/// seven restraints and fourteen risk factors of the Framework of Analysis, each once.
/// </summary>
public static class GoodPracticeClassification
{
    /// <summary>
    /// <paramref name="item"/> classified by its content, by <paramref name="actions"/> (the cycle's approved action
    /// prioritisation, for a resource) and by what <paramref name="input"/> chose; <c>null</c> with the faults in
    /// <paramref name="errors"/> when a chosen restraint or factor is not one of the framework's.
    /// </summary>
    public static GoodPracticeItem? Classify(GoodPracticeItem item, StepContent content, int index, ActionPrioritisationContent? actions, GoodPracticeInput input, ValidationErrors errors)
    {
        string[] restraints = Chosen("$.restraints", input.Restraints, Restraints.All.Count, id => Restraints.Find(id) is not null, ValidationCodes.UnknownRestraint, "Must be one of R1 to R7.", errors);
        string[] factors = Chosen("$.riskFactors", input.RiskFactors, Framework.RiskFactors.All.Count, id => Framework.RiskFactors.Find(id) is not null, ValidationCodes.UnknownRiskFactor, "Must be one of RF1 to RF14.", errors);
        if (!errors.IsEmpty)
        {
            return null;
        }

        PrioritisedAction[] linked = LinkedActions(item, content, index, actions);
        return item with
        {
            Restraints = InFrameworkOrder(item.Restraints.Concat(linked.Select(a => a.Restraint).OfType<string>()).Concat(restraints), Restraints.All.Select(r => r.Id)),
            RiskFactors = InFrameworkOrder(item.RiskFactors.Concat(linked.SelectMany(a => a.RiskFactors ?? [])).Concat(factors), Framework.RiskFactors.All.Select(f => f.Id)),
        };
    }

    /// <summary>The shared approved actions a resource names by their priorities (none for any other item, or when the actions are confidential).</summary>
    private static PrioritisedAction[] LinkedActions(GoodPracticeItem item, StepContent content, int index, ActionPrioritisationContent? actions)
    {
        if (item.Kind != GoodPracticeItemKind.Resource || content is not ResourceMobilisationContent { Resources: { } resources }
            || index >= resources.Count || actions is null || actions.EffectiveSharing == Sharing.Confidential)
        {
            return [];
        }

        IReadOnlyList<int> priorities = resources[index].LinkedActionPriorities ?? [];
        return (actions.Actions ?? []).Where(a => a.Priority is int p && priorities.Contains(p)).ToArray();
    }

    private static string[] Chosen(string path, IReadOnlyList<string>? chosen, int most, Func<string, bool> known, string code, string message, ValidationErrors errors)
    {
        if (chosen is null)
        {
            return [];
        }

        if (chosen.Count > most)
        {
            errors.Add(path, ValidationCodes.TooMany, $"At most {most}.", most, chosen.Count);
            return [];
        }

        for (int i = 0; i < chosen.Count; i++)
        {
            if (chosen[i] is not string id || !known(id))
            {
                errors.Add($"{path}[{i}]", code, message);
            }
        }

        return [.. chosen];
    }

    /// <summary>Each id once, in the framework's order (R2 before R10 would be wrong as text).</summary>
    private static string[] InFrameworkOrder(IEnumerable<string> ids, IEnumerable<string> order)
    {
        var set = ids.ToHashSet(StringComparer.Ordinal);
        return order.Where(set.Contains).ToArray();
    }
}
