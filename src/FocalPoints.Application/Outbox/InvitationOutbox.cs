using FocalPoints.Application.Ports;
using Microsoft.Extensions.Logging;

namespace FocalPoints.Application.Outbox;

/// <summary>
/// The outbox of peer-review invitations: a session is stored with its invitations not yet started
/// (the outbox row), and this starts its invitations workflow: at once by the request that stored
/// it, and again by the background run for any session whose start failed or took too long (the
/// workflow's instance id is the session's, so a second start invites nobody twice).
/// </summary>
public sealed partial class InvitationOutbox(IPeerReviewStore reviews, OutboxOptions options, TimeProvider time, ILogger<InvitationOutbox> logger)
{
    /// <summary>Starts the invitations and records it; <c>false</c> when starting failed or took longer than <see cref="OutboxOptions.DeliverWithin"/> (the background run starts them later).</summary>
    public async Task<bool> StartAsync(string sessionId, IStrategyWorkflows workflows, CancellationToken cancellationToken)
    {
        try
        {
            using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            bounded.CancelAfter(options.DeliverWithin);
            await workflows.InviteToPeerReviewAsync(sessionId, bounded.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogNotStarted(logger, sessionId, e.GetType().Name);
            return false;
        }

        try
        {
            await reviews.MarkInvitationsStartedAsync(sessionId, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Started; the background run starts it once more, which finds the workflow and does nothing.
            LogNotRecorded(logger, sessionId, e.GetType().Name);
        }

        return true;
    }

    /// <summary>Starts the invitations of every session stored more than <see cref="OutboxOptions.RelayAfter"/> ago whose start was not recorded; returns how many were started.</summary>
    public async Task<int> StartOverdueAsync(IStrategyWorkflows workflows, CancellationToken cancellationToken)
    {
        int started = 0;
        foreach (Domain.PeerReviews.PeerReviewSession session in await reviews.ListSessionsAwaitingInvitationsAsync(time.GetUtcNow().UtcDateTime - options.RelayAfter, cancellationToken))
        {
            if (await StartAsync(session.SessionId, workflows, cancellationToken))
            {
                started++;
                LogStartedLate(logger, session.SessionId);
            }
        }

        return started;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invitations of peer-review session {SessionId} not started ({ErrorType}); started again later")]
    private static partial void LogNotStarted(ILogger logger, string sessionId, string errorType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invitations of peer-review session {SessionId} started but not recorded ({ErrorType}); checked again later")]
    private static partial void LogNotRecorded(ILogger logger, string sessionId, string errorType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Invitations of peer-review session {SessionId} started after its request")]
    private static partial void LogStartedLate(ILogger logger, string sessionId);
}
