using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Portal.Components.Steps;

/// <summary>Step 2: the actions in priority order (the first is priority 1).</summary>
public sealed class ActionPrioritisationForm : IStepForm
{
    public List<ActionRow> Actions { get; } = [];

    public Sharing Sharing { get; set; }

    public static ActionPrioritisationForm From(ActionPrioritisationContent? content)
    {
        var form = new ActionPrioritisationForm { Sharing = content?.EffectiveSharing ?? Sharing.Confidential };
        foreach (PrioritisedAction action in (content?.Actions ?? []).Where(a => a is not null).OrderBy(a => a.Priority ?? int.MaxValue))
        {
            form.Actions.Add(new ActionRow
            {
                Title = action.Title,
                Scope = action.Scope,
                Restraint = action.Restraint,
                RiskFactors = [.. action.RiskFactors ?? []],
                LeadInstitution = action.LeadInstitution,
                Start = action.Start,
                End = action.End,
            });
        }

        return form;
    }

    public void Add() => Actions.Add(new ActionRow());

    public void Remove(int index) => Actions.RemoveAt(index);

    /// <summary>Swaps an action with the one above or below; false at either end.</summary>
    public bool Move(int index, int by)
    {
        int target = index + by;
        if (index < 0 || index >= Actions.Count || target < 0 || target >= Actions.Count)
        {
            return false;
        }

        (Actions[index], Actions[target]) = (Actions[target], Actions[index]);
        return true;
    }

    public ActionPrioritisationContent Content() => new(
        Actions.Select((a, i) => new PrioritisedAction(StepForms.Text(a.Title), a.Scope, a.Restraint, a.RiskFactors.ToArray(), StepForms.Text(a.LeadInstitution), a.Start, a.End, i + 1)).ToArray(),
        Sharing);

    public StepContent ToContent() => Content();
}

public sealed class ActionRow
{
    /// <summary>Keeps each action's controls with it when the order changes.</summary>
    public Guid Key { get; } = Guid.NewGuid();

    public string? Title { get; set; }

    public ActionScope? Scope { get; set; }

    public string? Restraint { get; set; }

    public List<string> RiskFactors { get; set; } = [];

    public string? LeadInstitution { get; set; }

    public DateOnly? Start { get; set; }

    public DateOnly? End { get; set; }
}
