using System.Text.Json.Serialization;

namespace FocalPoints.Domain.Network;

/// <summary>A person the network writes to: a national focal point or a coordinator.</summary>
public sealed record Contact(string Name, string Email, Language Language, string TimeZone)
{
    /// <summary>
    /// The Entra object id (<c>oid</c>) of the focal point who signed in with this e-mail, once known;
    /// from then on only that object id matches this contact. Never in a view (hence not serialized
    /// with the domain's JSON): the directory store writes it itself.
    /// </summary>
    [JsonIgnore]
    public string? ObjectId { get; init; }
}
