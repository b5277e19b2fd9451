using FocalPoints.Domain.Network;

namespace FocalPoints.Application.Ports;

/// <summary>The network directory: members with their focal points, and the coordinators.</summary>
public interface IDirectoryStore
{
    Task PutMemberAsync(Member member, CancellationToken cancellationToken);

    Task<Member?> GetMemberAsync(string iso3, CancellationToken cancellationToken);

    /// <summary>The member with the ETag it was read at, for <see cref="TryReplaceMemberAsync"/>.</summary>
    Task<Versioned<Member>?> GetMemberVersionedAsync(string iso3, CancellationToken cancellationToken);

    /// <summary>Replaces the member if it is still as read at <paramref name="etag"/>; <c>false</c> (nothing written) when it changed since.</summary>
    Task<bool> TryReplaceMemberAsync(Member member, string etag, CancellationToken cancellationToken);

    Task<IReadOnlyList<Member>> ListMembersAsync(CancellationToken cancellationToken);

    Task PutCoordinatorsAsync(IReadOnlyList<Contact> coordinators, CancellationToken cancellationToken);

    Task<IReadOnlyList<Contact>> GetCoordinatorsAsync(CancellationToken cancellationToken);
}
