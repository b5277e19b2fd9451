using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Network;

namespace FocalPoints.Application.Network;

/// <summary>
/// Reads the directory: coordinators see every member and the coordinators; a focal point sees only
/// the members they are a focal point of (and never the coordinators' addresses).
/// </summary>
public sealed class ReadDirectory(AccessControl access, IDirectoryStore directory)
{
    /// <summary>The members the caller may see.</summary>
    public async Task<Outcome<Member[]>> MembersAsync(Caller? signedIn, CancellationToken cancellationToken)
    {
        if (AccessControl.Identify(signedIn) is { Failure: { } unknown })
        {
            return unknown;
        }

        Caller caller = signedIn!;
        IReadOnlyList<Member> members = await directory.ListMembersAsync(cancellationToken);
        return members.Where(m => caller.IsCoordinator || caller.IsFocalPointOf(m)).ToArray();
    }

    /// <summary>One member, for coordinators and its own focal points.</summary>
    public async Task<Outcome<Member>> MemberAsync(Caller? caller, string iso3, CancellationToken cancellationToken)
    {
        if ((await access.RequireCountryAsync(caller, iso3, coordinatorsToo: true, cancellationToken)).Failure is { } denied)
        {
            return denied;
        }

        Member? member = await directory.GetMemberAsync(iso3, cancellationToken);
        return member is null ? new NotFound($"{iso3} is not in the network directory.") : member;
    }

    /// <summary>The coordinators: coordinators only.</summary>
    public async Task<Outcome<Contact[]>> CoordinatorsAsync(Caller? caller, CancellationToken cancellationToken) =>
        AccessControl.RequireCoordinator(caller).Failure is { } denied
            ? denied
            : (await directory.GetCoordinatorsAsync(cancellationToken)).ToArray();
}
