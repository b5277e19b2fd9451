using FocalPoints.Domain.Network;

namespace FocalPoints.Application.Ports;

/// <summary>The network directory: members with their focal points, and the coordinators.</summary>
public interface IDirectoryStore
{
    Task PutMemberAsync(Member member, CancellationToken cancellationToken);

    Task<Member?> GetMemberAsync(string iso3, CancellationToken cancellationToken);

    Task<IReadOnlyList<Member>> ListMembersAsync(CancellationToken cancellationToken);

    Task PutCoordinatorsAsync(IReadOnlyList<Contact> coordinators, CancellationToken cancellationToken);

    Task<IReadOnlyList<Contact>> GetCoordinatorsAsync(CancellationToken cancellationToken);
}
