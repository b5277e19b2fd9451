using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Components.WebAssembly.Authentication;

namespace FocalPoints.Portal.Auth;

/// <summary>
/// The framework's OpenID Connect options plus the one setting Entra ID needs: the user-info
/// endpoint Entra advertises is Microsoft Graph's, which refuses the API token the portal asks for,
/// so the claims come from the ID token alone (it carries <c>preferred_username</c> and <c>roles</c>).
/// </summary>
public sealed class EntraIdProviderOptions : OidcProviderOptions
{
    /// <summary>Passed to the browser library as it is named there.</summary>
    [JsonPropertyName("loadUserInfo")]
    public bool LoadUserInfo { get; set; }
}
