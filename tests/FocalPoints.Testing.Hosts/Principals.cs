using FocalPoints.Api.Http;

namespace FocalPoints.Testing.Hosts;

/// <summary>Values of <c>X-MS-CLIENT-PRINCIPAL</c> as App Service authentication writes them.</summary>
public static class Principals
{
    public const string CoordinatorEmail = "coordinator@network.example";

    public static string Coordinator(string email = CoordinatorEmail) => Header(email, "Coordinator");

    public static string FocalPoint(string email) => Header(email, "FocalPoint");

    /// <summary>A focal point whose principal carries the Entra object id <paramref name="objectId"/> (its <c>oid</c> claim), or none when null.</summary>
    public static string FocalPoint(string email, string? objectId) => ClientPrincipal.EncodeWithObjectId(email, objectId, "FocalPoint");

    public static string Header(string email, params string[] roles) => ClientPrincipal.Encode(email, roles);

    /// <summary>The e-mail of a country's test focal point (<c>fp@gha.example</c>).</summary>
    public static string FocalPointEmail(string iso3) => $"fp@{iso3.ToLowerInvariant()}.example";
}
