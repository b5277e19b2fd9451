using FocalPoints.Domain.Network;

namespace FocalPoints.Application.Access;

/// <summary>Roles of the network.</summary>
public static class Roles
{
    public const string Coordinator = "Coordinator";
    public const string FocalPoint = "FocalPoint";
    public const string PeerReviewer = "PeerReviewer";
}

/// <summary>Who is calling, as the platform's authentication described them.</summary>
public sealed record Caller(string? Name, string? Email, IReadOnlySet<string> RoleNames)
{
    public bool IsCoordinator => RoleNames.Contains(Roles.Coordinator);

    /// <summary>
    /// The caller's immutable Entra object id (<c>oid</c>) when the principal carries one. A focal
    /// point's countries rest on it once recorded on their directory entry: an e-mail address can be
    /// recycled, the object id cannot.
    /// </summary>
    public string? ObjectId { get; init; }

    public bool IsFocalPoint => RoleNames.Contains(Roles.FocalPoint) && Email is not null;

    /// <summary>Whether the caller holds the FocalPoint role and is one of <paramref name="member"/>'s focal points (see <see cref="Member.HasFocalPoint"/>).</summary>
    public bool IsFocalPointOf(Member member) => IsFocalPoint && member.HasFocalPoint(Email!, ObjectId);

    /// <summary>How the caller is named in stored records (audit): the e-mail, else the name.</summary>
    public string Actor => Email ?? Name ?? "unknown";
}
