using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.PeerReviews;
using Microsoft.Extensions.Logging;

namespace FocalPoints.Application.Access;

/// <summary>The caller's own work: the countries they are a focal point of and the peer reviews they take part in.</summary>
public sealed record MyWork(Caller Caller, IReadOnlyList<Member> Countries, IReadOnlyList<PeerReviewSession> PeerReviews);

/// <summary>
/// Who is calling and what is theirs to do. Only the sessions the caller takes part in, coordinators
/// too: this is their own work, not the network's. The portal asks this first after sign-in, so this
/// is where a focal point's object id becomes known: it is recorded on each directory entry that
/// matched them by e-mail (see <see cref="Member.RecordObjectId"/>), and from then on only that
/// object id matches the entry.
/// </summary>
public sealed partial class ReadMyWork(AccessControl access, IPeerReviewStore reviews, IDirectoryStore directory, ILogger<ReadMyWork> logger)
{
    public async Task<Outcome<MyWork>> ExecuteAsync(Caller? signedIn, CancellationToken cancellationToken)
    {
        if (AccessControl.Identify(signedIn) is { Failure: { } unknown })
        {
            return unknown;
        }

        Caller caller = signedIn!;
        IReadOnlyList<Member> countries = await access.CountriesOfAsync(caller, cancellationToken);
        await RecordObjectIdAsync(caller, countries, cancellationToken);
        bool mayTakePart = countries.Count > 0 || caller.RoleNames.Contains(Roles.PeerReviewer) || caller.RoleNames.Contains(Roles.FocalPoint);
        IReadOnlyList<PeerReviewSession> sessions = mayTakePart
            ? AccessControl.SessionsOf(caller, await reviews.ListSessionsAsync(cancellationToken), countries, everyForCoordinators: false)
            : [];
        return new MyWork(caller, countries, sessions);
    }

    /// <summary>
    /// Records the caller's object id on each of <paramref name="countries"/> whose focal point matched
    /// them by e-mail and has none yet, re-read with its ETag and replaced only if unchanged since: a
    /// conflict skips the recording (tried again at the next sign-in), it never fails the request.
    /// </summary>
    private async Task RecordObjectIdAsync(Caller caller, IReadOnlyList<Member> countries, CancellationToken cancellationToken)
    {
        if (caller.ObjectId is not { } objectId || !caller.IsFocalPoint)
        {
            return;
        }

        foreach (Member country in countries.Where(m => m.RecordObjectId(caller.Email!, objectId) is not null))
        {
            if (await directory.GetMemberVersionedAsync(country.Iso3, cancellationToken) is not { } read
                || !caller.IsFocalPointOf(read.Value)
                || read.Value.RecordObjectId(caller.Email!, objectId) is not { } recorded)
            {
                continue;
            }

            if (await directory.TryReplaceMemberAsync(recorded, read.ETag, cancellationToken))
            {
                LogRecorded(logger, country.Iso3);
            }
            else
            {
                LogConflict(logger, country.Iso3);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recorded a focal point's object id on the directory entry of {Iso3}")]
    private static partial void LogRecorded(ILogger logger, string iso3);

    [LoggerMessage(Level = LogLevel.Information, Message = "The directory entry of {Iso3} changed while a focal point's object id was recorded; recorded at their next sign-in")]
    private static partial void LogConflict(ILogger logger, string iso3);
}
