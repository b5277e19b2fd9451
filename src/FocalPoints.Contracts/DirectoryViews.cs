using FocalPoints.Domain.Network;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;

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
public sealed record OutboxView(IReadOnlyList<OutboxMessageView> Messages);

/// <summary>One message to one person; <c>Delivery</c>: <c>outbox</c> (stored only), <c>sending</c>, <c>sent</c> or <c>failed</c> (with <c>Error</c>).</summary>
public sealed record OutboxMessageView(
    string Id,
    IReadOnlyList<string> To,
    NotificationMoment Moment,
    string? CycleId,
    string? Country,
    StrategyStep? Step,
    string Subject,
    string Text,
    string Html,
    DateTime CreatedUtc,
    string Delivery,
    string? Error);
