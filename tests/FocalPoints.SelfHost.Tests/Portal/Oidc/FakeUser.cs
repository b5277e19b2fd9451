namespace FocalPoints.SelfHost.Tests.Portal.Oidc;

/// <summary>Who the fake provider signs in next: the claims Entra ID puts in its tokens for the app registration.</summary>
public sealed record FakeUser(string Email, string Name, IReadOnlyList<string> Roles);
