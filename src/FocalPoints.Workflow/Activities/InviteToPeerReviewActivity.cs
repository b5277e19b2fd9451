using FocalPoints.Workflow.PeerReviews;
using Microsoft.DurableTask;

namespace FocalPoints.Workflow.Activities;

/// <summary>The input of <see cref="InviteToPeerReviewActivity"/>.</summary>
public sealed record PeerReviewInvitation(string SessionId, string Email);

/// <summary>Sends one person's invitation to a peer-review session (at most once, whatever the retries).</summary>
public sealed class InviteToPeerReviewActivity(PeerReviewInvitations invitations) : TaskActivity<PeerReviewInvitation, bool>
{
    public override Task<bool> RunAsync(TaskActivityContext context, PeerReviewInvitation input) =>
        invitations.InviteAsync(input.SessionId, input.Email, CancellationToken.None);
}
