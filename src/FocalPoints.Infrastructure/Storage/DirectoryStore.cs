using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using FocalPoints.Application.Ports;
using FocalPoints.Domain;
using FocalPoints.Domain.Network;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>Table Storage directory: partition <c>member</c> (row = ISO3) and one <c>coordinators</c> row.</summary>
public sealed class TableDirectoryStore(TableServiceClient tables) : IDirectoryStore
{
    private const string MemberPartition = "member";
    private const string NetworkPartition = "network";
    private const string CoordinatorsRow = "coordinators";

    private TableClient Table => tables.GetTableClient(TableNames.Directory);

    /// <summary>A member's row, checked against Azure's limits (the domain's caps keep a full member within them).</summary>
    public static TableEntity MemberEntity(Member member) => EntitySize.Checked(new TableEntity(MemberPartition, member.Iso3)
    {
        ["Name"] = member.Name,
        ["RegionalGroup"] = member.RegionalGroup.ToString(),
        ["FocalPoints"] = JsonSerializer.Serialize(member.FocalPoints, DomainJson.Options),
    });

    /// <summary>The coordinators' row, checked against Azure's limits.</summary>
    public static TableEntity CoordinatorsEntity(IReadOnlyList<Contact> coordinators) => EntitySize.Checked(new TableEntity(NetworkPartition, CoordinatorsRow)
    {
        ["Coordinators"] = JsonSerializer.Serialize(coordinators, DomainJson.Options),
    });

    public async Task PutMemberAsync(Member member, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(MemberEntity(member), TableUpdateMode.Replace, cancellationToken);

    public async Task<Member?> GetMemberAsync(string iso3, CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> found = await Table.GetEntityIfExistsAsync<TableEntity>(MemberPartition, iso3, cancellationToken: cancellationToken);
        return found.HasValue ? ToMember(found.Value!) : null;
    }

    public async Task<IReadOnlyList<Member>> ListMembersAsync(CancellationToken cancellationToken)
    {
        var members = new List<Member>();
        await foreach (TableEntity entity in Table.QueryAsync<TableEntity>(e => e.PartitionKey == MemberPartition, cancellationToken: cancellationToken))
        {
            members.Add(ToMember(entity));
        }

        return members;
    }

    public async Task PutCoordinatorsAsync(IReadOnlyList<Contact> coordinators, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(CoordinatorsEntity(coordinators), TableUpdateMode.Replace, cancellationToken);

    public async Task<IReadOnlyList<Contact>> GetCoordinatorsAsync(CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> found = await Table.GetEntityIfExistsAsync<TableEntity>(NetworkPartition, CoordinatorsRow, cancellationToken: cancellationToken);
        return found.HasValue
            ? JsonSerializer.Deserialize<Contact[]>(found.Value!.GetString("Coordinators"), DomainJson.Options) ?? []
            : [];
    }

    private static Member ToMember(TableEntity entity) => new(
        entity.RowKey,
        entity.GetString("Name"),
        Enum.Parse<RegionalGroup>(entity.GetString("RegionalGroup")),
        JsonSerializer.Deserialize<Contact[]>(entity.GetString("FocalPoints"), DomainJson.Options) ?? []);
}
