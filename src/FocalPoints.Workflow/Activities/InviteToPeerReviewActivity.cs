using FocalPoints.Workflow.PeerReviews;
using Microsoft.DurableTask;

namespace FocalPoints.Workflow.Activities;

/// <summary>The input of <see cref="InviteToPeerReviewActivity"/>: the session and a recipient key (never an address).</summary>
public sealed record PeerReviewInvitation(string SessionId, string Recipient);

/// <summary>Sends one person's invitation to a peer-review session (at most once, whatever the retries).</summary>
public sealed class InviteToPeerReviewActivity(PeerReviewInvitations invitations) : TaskActivity<PeerReviewInvitation, bool>
{
    public override Task<bool> RunAsync(TaskActivityContext context, PeerReviewInvitation input) =>
        invitations.InviteAsync(input.SessionId, input.Recipient, CancellationToken.None);
}
