namespace FocalPoints.Application.Access;

/// <summary>Roles of the network.</summary>
public static class Roles
{
    public const string Coordinator = "Coordinator";
    public const string FocalPoint = "FocalPoint";
    public const string PeerReviewer = "PeerReviewer";
}

/// <summary>Who is calling, as the platform's authentication described them.</summary>
public sealed record Caller(string? Name, string? Email, IReadOnlySet<string> RoleNames)
{
    public bool IsCoordinator => RoleNames.Contains(Roles.Coordinator);

    public bool IsFocalPoint => RoleNames.Contains(Roles.FocalPoint) && Email is not null;

    /// <summary>How the caller is named in stored records (audit): the e-mail, else the name.</summary>
    public string Actor => Email ?? Name ?? "unknown";
}
