using FocalPoints.Domain.Network;
using FocalPoints.Domain.Notifications;

namespace FocalPoints.Contracts;

public sealed record MembersView(IReadOnlyList<Member> Members);

public sealed record CoordinatorsView(IReadOnlyList<Contact> Coordinators);

/// <summary>
/// Who is calling (<c>GET /api/me</c>): what the portal needs to show each person their own work.
/// <c>DevelopmentOutbox</c>: whether this host serves <c>GET /api/dev/outbox</c> (Development only), so
/// the portal links it only then (false when an older server leaves it out).
/// </summary>
public sealed record MeView(string? Email, IReadOnlyList<string> Roles, IReadOnlyList<MyCountryView> Countries, IReadOnlyList<MyPeerReviewView> PeerReviews, bool DevelopmentOutbox = false);

public sealed record MyCountryView(string Country, string Name);

public sealed record MyPeerReviewView(string SessionId, string Title, DateOnly Date);

/// <summary>The development outbox (<c>GET /api/dev/outbox</c>): the messages as stored, oldest first.</summary>
public sealed record OutboxView(IReadOnlyList<OutboxMessage> Messages);
