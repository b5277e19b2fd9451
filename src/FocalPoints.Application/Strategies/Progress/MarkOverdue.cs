using FocalPoints.Application.Ports;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Strategies.Progress;

/// <summary>
/// The workflow finds a step overdue when an overdue reminder or the escalation falls due
/// (<see cref="Strategy.Overdue"/>): its line goes into the timeline on the row as stored, before any
/// message goes. <c>true</c>: the step is overdue and the notice recorded, send it; <c>false</c>: a
/// submission, a review or a cancellation saved first makes it moot, send nothing. Idempotent: the same
/// notice is one timeline line however often it is marked.
/// </summary>
public sealed class MarkOverdue(IStrategyRepository repository)
{
    public async Task<bool> ExecuteAsync(
        string cycleId, string country, StrategyStep step, NotificationMoment notice, DateTime atUtc, string noticeId, CancellationToken cancellationToken) =>
        await StrategyTransition.ApplyAsync(repository, cycleId, country, s => s.Overdue(step, notice, atUtc, noticeId), cancellationToken) is not null;
}
