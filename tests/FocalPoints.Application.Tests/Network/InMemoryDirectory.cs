using FocalPoints.Application.Ports;
using FocalPoints.Domain.Network;

namespace FocalPoints.Application.Tests.Network;

/// <summary>A directory in memory with an ETag per member, as the table store keeps one; <see cref="BeforeReplace"/> lets a test change a member in between.</summary>
public sealed class InMemoryDirectory : IDirectoryStore
{
    private readonly Dictionary<string, Versioned<Member>> members = new(StringComparer.Ordinal);
    private IReadOnlyList<Contact> coordinators = [];
    private int version;

    public Action? BeforeReplace { get; set; }

    public Member? this[string iso3] => members.TryGetValue(iso3, out Versioned<Member>? found) ? found.Value : null;

    public Task PutMemberAsync(Member member, CancellationToken cancellationToken)
    {
        members[member.Iso3] = new Versioned<Member>(member, $"v{++version}");
        return Task.CompletedTask;
    }

    public Task<Member?> GetMemberAsync(string iso3, CancellationToken cancellationToken) => Task.FromResult(this[iso3]);

    public Task<Versioned<Member>?> GetMemberVersionedAsync(string iso3, CancellationToken cancellationToken) =>
        Task.FromResult(members.GetValueOrDefault(iso3));

    public async Task<bool> TryReplaceMemberAsync(Member member, string etag, CancellationToken cancellationToken)
    {
        BeforeReplace?.Invoke();
        if (members.GetValueOrDefault(member.Iso3)?.ETag != etag)
        {
            return false;
        }

        await PutMemberAsync(member, cancellationToken);
        return true;
    }

    public Task<IReadOnlyList<Member>> ListMembersAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Member>>([.. members.Values.Select(v => v.Value)]);

    public Task PutCoordinatorsAsync(IReadOnlyList<Contact> coordinators, CancellationToken cancellationToken)
    {
        this.coordinators = coordinators;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Contact>> GetCoordinatorsAsync(CancellationToken cancellationToken) => Task.FromResult(coordinators);
}
