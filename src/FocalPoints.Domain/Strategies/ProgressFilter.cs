using FocalPoints.Domain.Network;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Domain.Strategies;

/// <summary>
/// The coordinators' filters on a cycle's progress: a UN regional group, a status (of the strategy —
/// <c>inProgress|completed|cancelled</c> — or of its current step — <c>open|submitted|returned</c>…),
/// and overdue only.
/// </summary>
public sealed record ProgressFilter(RegionalGroup? RegionalGroup, StrategyStatus? Status, StepStatus? StepStatus, bool OverdueOnly)
{
    public static ProgressFilter None { get; } = new(null, null, null, false);

    /// <summary>Parses query values; unknown values are errors, never silently ignored.</summary>
    public static ProgressFilter? Parse(string? regionalGroup, string? status, string? overdue, ValidationErrors errors)
    {
        RegionalGroup? group = null;
        if (!string.IsNullOrEmpty(regionalGroup))
        {
            group = Enum.GetValues<RegionalGroup>().Cast<RegionalGroup?>().FirstOrDefault(g => JsonNaming.CamelCase(g!.Value.ToString()) == regionalGroup);
            if (group is null)
            {
                errors.Add("regionalGroup", "One of africanStates, asiaPacificStates, easternEuropeanStates, latinAmericanAndCaribbeanStates, westernEuropeanAndOtherStates.");
            }
        }

        StrategyStatus? strategy = null;
        StepStatus? step = null;
        if (!string.IsNullOrEmpty(status))
        {
            strategy = Enum.GetValues<StrategyStatus>().Cast<StrategyStatus?>().FirstOrDefault(s => JsonNaming.CamelCase(s!.Value.ToString()) == status);
            step = strategy is null ? Enum.GetValues<StepStatus>().Cast<StepStatus?>().FirstOrDefault(s => JsonNaming.CamelCase(s!.Value.ToString()) == status) : null;
            if (strategy is null && step is null)
            {
                errors.Add("status", "A strategy status (inProgress, completed, cancelled) or a step status (notStarted, open, submitted, returned, approved).");
            }
        }

        bool overdueOnly = false;
        if (!string.IsNullOrEmpty(overdue) && !bool.TryParse(overdue, out overdueOnly))
        {
            errors.Add("overdue", "true or false.");
        }

        return errors.IsEmpty ? new ProgressFilter(group, strategy, step, overdueOnly) : null;
    }

    public bool Matches(StrategyProgress p, DateTime nowUtc) =>
        (RegionalGroup is null || p.RegionalGroup == RegionalGroup)
        && (Status is null || p.Status == Status)
        && (StepStatus is null || (p.Status == StrategyStatus.InProgress && p.Current.Status == StepStatus))
        && (!OverdueOnly || p.IsOverdue(nowUtc));
}

/// <summary>How many countries stand where on one step: the funnel of a cycle.</summary>
public sealed record StepFunnel(StrategyStep Step, int NotStarted, int Open, int Submitted, int Returned, int Approved)
{
    public static IReadOnlyList<StepFunnel> Of(IReadOnlyCollection<StrategyProgress> countries) =>
        StrategySteps.InOrder.Select(step => new StepFunnel(
            step,
            countries.Count(c => c[step].Status == Strategies.StepStatus.NotStarted),
            countries.Count(c => c[step].Status == Strategies.StepStatus.Open),
            countries.Count(c => c[step].Status == Strategies.StepStatus.Submitted),
            countries.Count(c => c[step].Status == Strategies.StepStatus.Returned),
            countries.Count(c => c[step].Status == Strategies.StepStatus.Approved))).ToArray();
}
