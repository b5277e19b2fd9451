namespace FocalPoints.Domain.Network;

/// <summary>A member of the network: a UN Member State and the focal points it appointed.</summary>
public sealed record Member(string Iso3, string Name, RegionalGroup RegionalGroup, IReadOnlyList<Contact> FocalPoints)
{
    /// <summary>
    /// Whether the person signed in with <paramref name="email"/> and <paramref name="objectId"/> is one
    /// of this member's focal points. A contact with a recorded object id is matched by that id alone:
    /// an e-mail match with another or no object id is refused, so whoever takes over a recycled
    /// address does not inherit the country. A contact without one is matched by e-mail (case-insensitive).
    /// </summary>
    public bool HasFocalPoint(string email, string? objectId) =>
        FocalPoints.Any(f => f.ObjectId is null ? SameEmail(f, email) : SameObjectId(f, objectId));

    /// <summary>
    /// This member with <paramref name="objectId"/> recorded on the focal point matched by
    /// <paramref name="email"/> that has none yet, or <c>null</c> when there is nothing to record (no
    /// such contact, or the object id is already held by one of the focal points).
    /// </summary>
    public Member? RecordObjectId(string email, string objectId)
    {
        if (string.IsNullOrWhiteSpace(objectId) || FocalPoints.Any(f => SameObjectId(f, objectId)))
        {
            return null;
        }

        Contact? unrecorded = FocalPoints.FirstOrDefault(f => f.ObjectId is null && SameEmail(f, email));
        return unrecorded is null
            ? null
            : this with { FocalPoints = [.. FocalPoints.Select(f => ReferenceEquals(f, unrecorded) ? f with { ObjectId = objectId } : f)] };
    }

    /// <summary>
    /// This member (as a coordinator saved it, without object ids) keeping each object id recorded in
    /// <paramref name="stored"/> for the contact with the same e-mail; a contact whose e-mail changed
    /// loses it (recorded again at its next sign-in).
    /// </summary>
    public Member KeepingObjectIdsOf(Member? stored)
    {
        if (stored is null)
        {
            return this;
        }

        return this with
        {
            FocalPoints = [.. FocalPoints.Select(f => f with { ObjectId = stored.FocalPoints.FirstOrDefault(s => s.ObjectId is not null && SameEmail(s, f.Email))?.ObjectId })],
        };
    }

    private static bool SameEmail(Contact contact, string? email) => string.Equals(contact.Email, email, StringComparison.OrdinalIgnoreCase);

    /// <summary>Entra writes object ids as lower-case GUIDs; compared without case so a platform that upper-cases them still matches.</summary>
    private static bool SameObjectId(Contact contact, string? objectId) =>
        contact.ObjectId is not null && string.Equals(contact.ObjectId, objectId, StringComparison.OrdinalIgnoreCase);
}
