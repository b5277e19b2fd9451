using FocalPoints.Workflow.PeerReviews;
using Microsoft.DurableTask;

namespace FocalPoints.Workflow.Activities;

/// <summary>The people a peer-review session invites, as opaque keys (read when the invitations go, not when the session was scheduled).</summary>
public sealed class PeerReviewRecipientsActivity(PeerReviewInvitations invitations) : TaskActivity<string, string[]>
{
    public override Task<string[]> RunAsync(TaskActivityContext context, string input) =>
        invitations.RecipientsAsync(input, CancellationToken.None);
}
