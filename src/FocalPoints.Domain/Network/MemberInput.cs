namespace FocalPoints.Domain.Network;

/// <summary>The body of <c>PUT /api/network/members/{iso3}</c>.</summary>
public sealed record MemberInput(string? Name, RegionalGroup? RegionalGroup, IReadOnlyList<ContactInput>? FocalPoints);

/// <summary>A person as sent by a client, before validation.</summary>
public sealed record ContactInput(string? Name, string? Email, Language? Language, string? TimeZone);

/// <summary>The body of <c>PUT /api/network/coordinators</c>.</summary>
public sealed record CoordinatorsInput(IReadOnlyList<ContactInput>? Coordinators);
