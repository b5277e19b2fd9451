using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Ports;

/// <summary>The port to the durable workflows: a country's strategy (start, signal, cancel) and a peer review's invitations. The Workflow project's <c>StrategyWorkflowClient</c> is its implementation.</summary>
public interface IStrategyWorkflows
{
    /// <summary>Starts the country's workflow unless an instance with its id already exists (a repeated request is harmless).</summary>
    Task<bool> StartAsync(StrategyWorkflowInput input, CancellationToken cancellationToken);

    /// <summary>Tells the workflow that <paramref name="version"/> of the step was submitted (a version it has seen is ignored); <c>false</c> when the workflow has ended; <see cref="WorkflowNotFoundException"/> when it does not exist.</summary>
    Task<bool> SubmittedAsync(string cycleId, string country, StrategyStep step, int version, CancellationToken cancellationToken);

    /// <summary>
    /// Tells the workflow that <paramref name="version"/> of the step was reviewed at <paramref name="reviewedUtc"/>
    /// (a version it has seen is ignored): an approval opened the next step then, and the workflow keeps that time.
    /// <c>false</c> when the workflow has ended; <see cref="WorkflowNotFoundException"/> when it does not exist.
    /// </summary>
    Task<bool> ReviewedAsync(string cycleId, string country, StrategyStep step, int version, ReviewDecision decision, DateTime reviewedUtc, CancellationToken cancellationToken);

    Task CancelAsync(string cycleId, string country, string reason, CancellationToken cancellationToken);

    /// <summary>Starts the invitations of a peer-review session unless they were started already (a failed run is started again).</summary>
    Task InviteToPeerReviewAsync(string sessionId, CancellationToken cancellationToken);
}
