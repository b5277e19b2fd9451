namespace FocalPoints.Portal.Api;

/// <summary>
/// <c>GET /api/me</c>: who is signed in and what they take part in. <paramref name="DevelopmentOutbox"/>:
/// the server keeps sent e-mails in a development outbox (false when an older server leaves it out).
/// </summary>
public sealed record MeView(string? Email, IReadOnlyList<string> Roles, IReadOnlyList<MyCountry> Countries, IReadOnlyList<MyPeerReview> PeerReviews, bool DevelopmentOutbox = false);

public sealed record MyCountry(string Country, string? Name);

public sealed record MyPeerReview(string SessionId, string Title, DateOnly Date);

/// <summary><c>GET /.auth/me</c> (Static Web Apps): the principal, or null when nobody is signed in.</summary>
public sealed record AuthMe(ClientPrincipal? ClientPrincipal);

public sealed record ClientPrincipal(string? IdentityProvider, string? UserId, string? UserDetails, IReadOnlyList<string>? UserRoles);
