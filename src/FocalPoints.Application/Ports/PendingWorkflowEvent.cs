using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Ports;

/// <summary>
/// A workflow event stored in the same transaction as the submission or review it announces, and
/// removed once the workflow has been told. Whatever happens between the commit and the raise (a
/// failed call, a crash), the row stays until someone delivers it.
/// </summary>
/// <param name="CycleId">The cycle (the table partition the change was committed in).</param>
/// <param name="Country">The country whose workflow hears it.</param>
/// <param name="Step">The step submitted or reviewed.</param>
/// <param name="Version">The submitted version the event names.</param>
/// <param name="Decision">The review's decision; <c>null</c> for a submission.</param>
/// <param name="CommittedUtc">When the change was committed.</param>
public sealed record PendingWorkflowEvent(string CycleId, string Country, StrategyStep Step, int Version, ReviewDecision? Decision, DateTime CommittedUtc)
{
    /// <summary>The workflow event a saved <paramref name="change"/> carries (<c>null</c> when it carries none).</summary>
    public static PendingWorkflowEvent? Of(StrategyChange change) =>
        change.Event is { } e ? new(change.Progress.CycleId, change.Progress.Country, e.Step, e.Version, e.Decision, e.AtUtc) : null;
}
