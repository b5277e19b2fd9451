using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Testing.Builders;

/// <summary>Prioritised actions; by default one domestic action under R3 with priority 1.</summary>
public sealed class ActionPrioritisationBuilder : IStepContentBuilder<ActionPrioritisationContent>
{
    private readonly List<PrioritisedAction> actions = [];
    private bool useDefault = true;

    public ActionPrioritisationBuilder WithAction(string title, string restraint, int? priority, string[]? riskFactors = null, DateOnly? start = null, DateOnly? end = null)
    {
        useDefault = false;
        actions.Add(new PrioritisedAction(
            title, ActionScope.Domestic, restraint, riskFactors ?? [], "Ministry of Justice",
            start ?? new DateOnly(2027, 3, 1), end ?? new DateOnly(2027, 12, 31), priority));
        return this;
    }

    public ActionPrioritisationBuilder WithNoActions()
    {
        useDefault = false;
        actions.Clear();
        return this;
    }

    public ActionPrioritisationContent Build() => new(
        useDefault ? [new PrioritisedAction("Strengthen the national human rights institution", ActionScope.Domestic, "R3", ["RF2"], "Ministry of Justice", new DateOnly(2027, 3, 1), new DateOnly(2027, 12, 31), 1)] : actions.ToArray(),
        Sharing.Network);
}
