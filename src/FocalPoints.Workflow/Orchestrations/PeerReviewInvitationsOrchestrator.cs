using FocalPoints.Workflow.Activities;
using Microsoft.DurableTask;

namespace FocalPoints.Workflow.Orchestrations;

/// <summary>
/// Invites everyone a peer-review session names, one activity per person, outside the request that
/// scheduled it: a slow or failing mail service delays the invitations, never the coordinator, and
/// each invitation is retried on its own.
/// </summary>
public sealed class PeerReviewInvitationsOrchestrator : TaskOrchestrator<string, int>
{
    private static readonly TaskOptions Retry = TaskOptions.FromRetryPolicy(new RetryPolicy(maxNumberOfAttempts: 5, firstRetryInterval: TimeSpan.FromSeconds(10), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromMinutes(10)));

    public override async Task<int> RunAsync(TaskOrchestrationContext context, string input)
    {
        string[] recipients = await context.CallActivityAsync<string[]>(nameof(PeerReviewRecipientsActivity), input, Retry);
        bool[] sent = await Task.WhenAll(recipients.Select(recipient =>
            context.CallActivityAsync<bool>(nameof(InviteToPeerReviewActivity), new PeerReviewInvitation(input, recipient), Retry)));
        return sent.Count(s => s);
    }
}
