using FocalPoints.Application.Common;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.PeerReviews;

namespace FocalPoints.Workflow.PeerReviews;

/// <summary>
/// Who is invited to a peer-review session (the cohort's focal points and the reviewers) and the
/// invitation each receives, sent by the one <see cref="IMessenger"/>. The message id is the session and
/// the address, so an invitation sent twice is delivered once.
/// </summary>
public sealed class PeerReviewInvitations(IPeerReviewStore reviews, IDirectoryStore directory, IMessenger messenger)
{
    /// <summary>
    /// Everyone invited to the session, each once, by an opaque key (a hash of the address): the
    /// workflow's history, which is kept, never holds an e-mail address. Empty when the session does not exist.
    /// </summary>
    public async Task<string[]> RecipientsAsync(string sessionId, CancellationToken cancellationToken) =>
        await reviews.GetSessionAsync(sessionId, cancellationToken) is PeerReviewSession session
            ? (await PeopleAsync(session, cancellationToken)).Select(p => RecipientKey(p.Email)).ToArray()
            : [];

    /// <summary>Sends one invitation, to the person of <paramref name="recipient"/> (a key from <see cref="RecipientsAsync"/>); <c>false</c> when the session or the person is no longer part of it.</summary>
    public async Task<bool> InviteAsync(string sessionId, string recipient, CancellationToken cancellationToken)
    {
        if (await reviews.GetSessionAsync(sessionId, cancellationToken) is not PeerReviewSession session
            || (await PeopleAsync(session, cancellationToken)).FirstOrDefault(p => RecipientKey(p.Email) == recipient) is not Contact person)
        {
            return false;
        }

        DateTime at = session.Date.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
        await messenger.SendAsync(
            new Mailing($"peerReview|{session.SessionId}", NotificationMoment.PeerReviewScheduled, session.CycleId, null, null, session.CreatedUtc),
            [person],
            p => new MessageRequest(NotificationMoment.PeerReviewScheduled, p.Language, p.TimeZone, session.Title, string.Empty, DueUtc: at, Link: PortalLink.ToPeerReview(session.SessionId)),
            cancellationToken);
        return true;
    }

    private static string RecipientKey(string email) => Fingerprint.Sha256Hex(email.ToLowerInvariant())[..24];

    private async Task<Contact[]> PeopleAsync(PeerReviewSession session, CancellationToken cancellationToken)
    {
        var people = new List<Contact>();
        foreach (string country in session.Countries)
        {
            people.AddRange((await directory.GetMemberAsync(country, cancellationToken))?.FocalPoints ?? []);
        }

        IReadOnlyList<Member> members = await directory.ListMembersAsync(cancellationToken);
        foreach (string reviewer in session.Reviewers)
        {
            // A reviewer known to the directory is written to in their language and zone; anyone else in English, UTC.
            people.Add(members.SelectMany(m => m.FocalPoints).FirstOrDefault(f => string.Equals(f.Email, reviewer, StringComparison.OrdinalIgnoreCase))
                ?? new Contact(reviewer, reviewer, Language.En, "UTC"));
        }

        return people.DistinctBy(p => p.Email, StringComparer.OrdinalIgnoreCase).ToArray();
    }
}
