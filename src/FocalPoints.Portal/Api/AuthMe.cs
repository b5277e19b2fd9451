namespace FocalPoints.Portal.Api;

/// <summary><c>GET /.auth/me</c> (Static Web Apps, not the API): the principal, or null when nobody is signed in.</summary>
public sealed record AuthMe(ClientPrincipal? ClientPrincipal);

public sealed record ClientPrincipal(string? IdentityProvider, string? UserId, string? UserDetails, IReadOnlyList<string>? UserRoles);
