using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using FocalPoints.Application.Access;

namespace FocalPoints.Api.Http;

/// <summary>
/// Reads <c>X-MS-CLIENT-PRINCIPAL</c>: base64 of JSON in one of two shapes. App Service
/// authentication ("Easy Auth") sends <c>auth_typ</c> and <c>claims</c>; Azure Static Web Apps
/// (to its linked backend) sends <c>identityProvider</c>, <c>userId</c>, <c>userDetails</c> (the
/// e-mail) and <c>userRoles</c> (with its built-in <c>anonymous</c> and <c>authenticated</c>).
/// Returns <c>null</c> for a missing or malformed header: no principal is 401.
/// </summary>
public static class ClientPrincipal
{
    public const string HeaderName = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>The identity provider (<c>aad</c>, ...) App Service authentication names beside every principal it sets.</summary>
    public const string IdentityProviderHeaderName = "X-MS-CLIENT-PRINCIPAL-IDP";

    private static readonly string[] EmailClaims =
        ["preferred_username", "email", "emails", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress"];

    /// <summary>
    /// The Entra object id (<c>oid</c>): its short name, and the long one App Service authentication
    /// maps it to. Static Web Apps' <c>userId</c> is not it (an id of its own per user and app), so
    /// a Static Web Apps principal has no object id and its focal points are matched by e-mail.
    /// </summary>
    private static readonly string[] ObjectIdClaims = ["oid", "http://schemas.microsoft.com/identity/claims/objectidentifier"];

    /// <summary>The roles Static Web Apps gives everyone (<c>anonymous</c>) and every signed-in user (<c>authenticated</c>): no network role.</summary>
    private static readonly string[] StaticWebAppsBuiltInRoles = ["anonymous", "authenticated"];

    /// <summary>Names matched exactly, each at most once: a second <c>userDetails</c> is not a choice to make.</summary>
    private static readonly JsonSerializerOptions Strict = new() { AllowDuplicateProperties = false };

    /// <summary>
    /// The header value App Service authentication would send for a user with <paramref name="email"/>
    /// and <paramref name="roles"/>: for local tools (the demo) and tests, which sign in through the
    /// same header the self-host believes from loopback in Development.
    /// </summary>
    public static string Encode(string email, params string[] roles) => EncodeWithObjectId(email, objectId: null, roles);

    /// <summary>As <see cref="Encode"/>, with the Entra object id <paramref name="objectId"/> (when not null) as its <c>oid</c> claim.</summary>
    public static string EncodeWithObjectId(string email, string? objectId, params string[] roles)
    {
        Claim[] claims =
        [
            new("preferred_username", email),
            new("name", email),
            .. objectId is null ? [] : new[] { new Claim("oid", objectId) },
            .. roles.Select(r => new Claim("roles", r)),
        ];
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Payload("aad", "name", "roles", claims))));
    }

    /// <summary>
    /// The header value Azure Static Web Apps sends its linked backend for a user with
    /// <paramref name="email"/> and <paramref name="roles"/> (its built-in roles added): what the
    /// self-host's Development sign-in forwards.
    /// </summary>
    public static string EncodeStaticWebApps(string identityProvider, string userId, string email, params string[] roles) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Payload(
            null, null, null, null, identityProvider, userId, email, [.. StaticWebAppsBuiltInRoles, .. roles.Except(StaticWebAppsBuiltInRoles, StringComparer.Ordinal)]))));

    /// <summary>
    /// The caller the header names, or <c>null</c> (no principal, 401) unless every part of it is
    /// well formed: base64 of UTF-8 JSON in one of the two shapes, each field once and of its type,
    /// no null claim or role, and someone named (an e-mail or a name). The platform never sends
    /// anything else, so anything else is refused rather than read in part.
    /// </summary>
    public static Caller? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<Payload>(Convert.FromBase64String(header), Strict);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }

        return payload switch
        {
            null => null,
            { Claims: null } => StaticWebApps(payload),
            _ => AppService(payload, payload.Claims),
        };
    }

    /// <summary>
    /// The caller a validated token's claims name (<c>preferred_username</c> or <c>email</c>, <c>name</c>,
    /// <c>oid</c>, <c>roles</c>; unmapped, as the token has them), read as App Service's claims are;
    /// <c>null</c> when the token names no one.
    /// </summary>
    public static Caller? FromClaims(IEnumerable<System.Security.Claims.Claim> claims)
    {
        Claim[] read = [.. claims.Select(c => new Claim(c.Type, c.Value))];
        return AppService(new Payload("bearer", "name", "roles", read), read);
    }

    /// <summary>App Service's shape: roles and e-mail from the claims.</summary>
    private static Caller? AppService(Payload payload, IReadOnlyList<Claim?> claims)
    {
        if (claims.Any(c => c?.Type is null || c.Value is null))
        {
            return null;
        }

        string roleType = string.IsNullOrEmpty(payload.RoleType) ? "roles" : payload.RoleType;
        HashSet<string> roles = claims
            .Where(c => c!.Type == roleType || c.Type == "roles")
            .Select(c => c!.Value!)
            .ToHashSet(StringComparer.Ordinal);
        string? email = EmailClaims
            .Select(type => claims.FirstOrDefault(c => c!.Type == type && !string.IsNullOrWhiteSpace(c.Value))?.Value)
            .FirstOrDefault(v => v is not null);
        string? name = claims.FirstOrDefault(c => c!.Type == (payload.NameType ?? "name") && !string.IsNullOrWhiteSpace(c.Value))?.Value;
        string? objectId = ObjectIdClaims
            .Select(type => claims.FirstOrDefault(c => c!.Type == type && !string.IsNullOrWhiteSpace(c.Value))?.Value)
            .FirstOrDefault(v => v is not null);
        return email is null && name is null ? null : new Caller(name, email?.Trim(), roles) { ObjectId = objectId?.Trim() };
    }

    /// <summary>
    /// Static Web Apps' shape: the e-mail and name are <c>userDetails</c>, the roles <c>userRoles</c>
    /// less its built-in ones. No object id: <c>userId</c> is Static Web Apps' own id for the user,
    /// not Entra's <c>oid</c>, and must never be matched against one.
    /// </summary>
    private static Caller? StaticWebApps(Payload payload)
    {
        if (string.IsNullOrWhiteSpace(payload.UserDetails) || payload.UserRoles?.Any(r => r is null) == true)
        {
            return null;
        }

        HashSet<string> roles = (payload.UserRoles ?? [])
            .OfType<string>()
            .Where(r => !StaticWebAppsBuiltInRoles.Contains(r, StringComparer.OrdinalIgnoreCase))
            .ToHashSet(StringComparer.Ordinal);
        string details = payload.UserDetails.Trim();
        return new Caller(details, details, roles);
    }

    private sealed record Payload(
        [property: JsonPropertyName("auth_typ"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AuthType,
        [property: JsonPropertyName("name_typ"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? NameType,
        [property: JsonPropertyName("role_typ"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RoleType,
        [property: JsonPropertyName("claims"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<Claim?>? Claims,
        [property: JsonPropertyName("identityProvider"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? IdentityProvider = null,
        [property: JsonPropertyName("userId"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? UserId = null,
        [property: JsonPropertyName("userDetails"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? UserDetails = null,
        [property: JsonPropertyName("userRoles"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string?>? UserRoles = null);

    private sealed record Claim(
        [property: JsonPropertyName("typ")] string? Type,
        [property: JsonPropertyName("val")] string? Value);
}
