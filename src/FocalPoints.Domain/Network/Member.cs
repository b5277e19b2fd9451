namespace FocalPoints.Domain.Network;

/// <summary>A member of the network: a UN Member State and the focal points it appointed.</summary>
public sealed record Member(string Iso3, string Name, RegionalGroup RegionalGroup, IReadOnlyList<Contact> FocalPoints)
{
    /// <summary>Whether <paramref name="email"/> belongs to one of this member's focal points (case-insensitive).</summary>
    public bool HasFocalPoint(string email) =>
        FocalPoints.Any(f => string.Equals(f.Email, email, StringComparison.OrdinalIgnoreCase));
}
