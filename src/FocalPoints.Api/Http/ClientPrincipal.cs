using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FocalPoints.Api.Http;

/// <summary>
/// Reads <c>X-MS-CLIENT-PRINCIPAL</c>: base64 of the JSON App Service authentication ("Easy Auth")
/// puts there. Returns <c>null</c> for a missing or malformed header: no principal is 401.
/// </summary>
public static class ClientPrincipal
{
    public const string HeaderName = "X-MS-CLIENT-PRINCIPAL";

    private static readonly string[] EmailClaims =
        ["preferred_username", "email", "emails", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress"];

    /// <summary>
    /// The header value App Service authentication would send for a user with <paramref name="email"/>
    /// and <paramref name="roles"/>: for local tools (the demo) and tests, which sign in through the
    /// same header the self-host believes from loopback in Development.
    /// </summary>
    public static string Encode(string email, params string[] roles)
    {
        Claim[] claims =
        [
            new("preferred_username", email),
            new("name", email),
            .. roles.Select(r => new Claim("roles", r)),
        ];
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Payload("aad", "name", "roles", claims))));
    }

    public static Caller? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<Payload>(Encoding.UTF8.GetString(Convert.FromBase64String(header)));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }

        if (payload?.Claims is not { } claims)
        {
            return null;
        }

        string roleType = string.IsNullOrEmpty(payload.RoleType) ? "roles" : payload.RoleType;
        HashSet<string> roles = claims
            .Where(c => (c.Type == roleType || c.Type == "roles") && c.Value is not null)
            .Select(c => c.Value!)
            .ToHashSet(StringComparer.Ordinal);
        string? email = EmailClaims
            .Select(type => claims.FirstOrDefault(c => c.Type == type && !string.IsNullOrWhiteSpace(c.Value))?.Value)
            .FirstOrDefault(v => v is not null);
        string? name = claims.FirstOrDefault(c => c.Type == (payload.NameType ?? "name"))?.Value;
        return new Caller(name, email?.Trim(), roles);
    }

    private sealed record Payload(
        [property: JsonPropertyName("auth_typ")] string? AuthType,
        [property: JsonPropertyName("name_typ")] string? NameType,
        [property: JsonPropertyName("role_typ")] string? RoleType,
        [property: JsonPropertyName("claims")] IReadOnlyList<Claim>? Claims);

    private sealed record Claim(
        [property: JsonPropertyName("typ")] string? Type,
        [property: JsonPropertyName("val")] string? Value);
}
