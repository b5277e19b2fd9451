using System.Text;
using System.Text.Json;

namespace FocalPoints.Testing;

/// <summary>Values of <c>X-MS-CLIENT-PRINCIPAL</c> as App Service authentication writes them.</summary>
public static class Principals
{
    public const string CoordinatorEmail = "coordinator@network.example";

    public static string Coordinator(string email = CoordinatorEmail) => Header(email, "Coordinator");

    public static string FocalPoint(string email) => Header(email, "FocalPoint");

    public static string Header(string email, params string[] roles)
    {
        var claims = new List<object> { new { typ = "preferred_username", val = email }, new { typ = "name", val = email } };
        claims.AddRange(roles.Select(r => new { typ = "roles", val = r }));
        string json = JsonSerializer.Serialize(new { auth_typ = "aad", name_typ = "name", role_typ = "roles", claims });
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>The e-mail of a country's test focal point (<c>fp@gha.example</c>).</summary>
    public static string FocalPointEmail(string iso3) => $"fp@{iso3.ToLowerInvariant()}.example";
}
