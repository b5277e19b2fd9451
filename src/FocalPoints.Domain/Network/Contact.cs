namespace FocalPoints.Domain.Network;

/// <summary>A person the network writes to: a national focal point or a coordinator.</summary>
public sealed record Contact(string Name, string Email, Language Language, string TimeZone);
