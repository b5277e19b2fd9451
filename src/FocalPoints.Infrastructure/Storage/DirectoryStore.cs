using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;
using FocalPoints.Application.Ports;
using FocalPoints.Domain;
using FocalPoints.Domain.Network;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>
/// Table Storage directory: partition <c>member</c> (row = ISO3) and one <c>coordinators</c> row.
/// A member's focal points are one JSON column of contacts, each with its <c>objectId</c> once
/// recorded (absent before, as in rows written before object ids were recorded).
/// </summary>
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
        ["FocalPoints"] = JsonSerializer.Serialize(member.FocalPoints.Select(StoredContact.From), DomainJson.Options),
    });

    /// <summary>The coordinators' row, checked against Azure's limits.</summary>
    public static TableEntity CoordinatorsEntity(IReadOnlyList<Contact> coordinators) => EntitySize.Checked(new TableEntity(NetworkPartition, CoordinatorsRow)
    {
        ["Coordinators"] = JsonSerializer.Serialize(coordinators, DomainJson.Options),
    });

    public async Task PutMemberAsync(Member member, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(MemberEntity(member), TableUpdateMode.Replace, cancellationToken);

    public async Task<Versioned<Member>?> GetMemberVersionedAsync(string iso3, CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> found = await Table.GetEntityIfExistsAsync<TableEntity>(MemberPartition, iso3, cancellationToken: cancellationToken);
        return found.HasValue ? new Versioned<Member>(ToMember(found.Value!), found.Value!.ETag.ToString()) : null;
    }

    public async Task<bool> TryReplaceMemberAsync(Member member, string etag, CancellationToken cancellationToken)
    {
        try
        {
            await Table.UpdateEntityAsync(MemberEntity(member), new ETag(etag), TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

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
        (JsonSerializer.Deserialize<StoredContact[]>(entity.GetString("FocalPoints"), DomainJson.Options) ?? []).Select(c => c.ToContact()).ToArray());

    /// <summary>A focal point as stored: the contact and its object id, which the domain's JSON leaves out of every view.</summary>
    private sealed record StoredContact(
        string Name,
        string Email,
        Language Language,
        string TimeZone,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ObjectId = null)
    {
        public static StoredContact From(Contact contact) => new(contact.Name, contact.Email, contact.Language, contact.TimeZone, contact.ObjectId);

        public Contact ToContact() => new(Name, Email, Language, TimeZone) { ObjectId = ObjectId };
    }
}
