using System.Text.Json;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Api.Contracts;

/// <summary>The network view of a cycle (<c>GET /api/cycles/{cycleId}</c>), filtered; the funnel and totals count the filtered countries.</summary>
public sealed record CycleView(
    string CycleId,
    string Title,
    ScheduleInput Schedule,
    IReadOnlyList<CountryProgressView> Countries,
    IReadOnlyList<StepFunnel> Funnel,
    ProgressTotals Totals);

public sealed record CountryProgressView(
    string Country,
    string? Name,
    Domain.Network.RegionalGroup? RegionalGroup,
    StrategyStep CurrentStep,
    StrategyStatus Status,
    StepStatus StepStatus,
    DateTime? DueUtc,
    bool Overdue,
    int DaysOverdue,
    int CompletedSteps,
    DateTime LastActivityUtc);

public sealed record ProgressTotals(int Countries, int InProgress, int Completed, int Cancelled, int Overdue);

/// <summary>A country's timeline (<c>GET .../timeline</c>), oldest first.</summary>
public sealed record TimelineView(IReadOnlyList<Application.Cycles.TimelineEntry> Events);

/// <summary>
/// A country's strategy (<c>GET /api/cycles/{cycleId}/countries/{iso3}</c>), with the
/// recommendations and responses of peer reviews of earlier cycles, so follow-up is not forgotten.
/// </summary>
public sealed record StrategyView(
    string CycleId,
    string Country,
    StrategyStatus Status,
    StrategyStep CurrentStep,
    IReadOnlyList<StepView> Steps,
    PeerReviewFollowUpsView PeerReviewFollowUps);

public sealed record PeerReviewFollowUpsView(
    IReadOnlyList<Domain.PeerReviews.Recommendation> Recommendations,
    IReadOnlyList<Application.PeerReviews.CountryResponseEntry> Responses);

/// <summary>
/// A peer-review session (<c>GET /api/peer-reviews/{sessionId}</c>) with its recommendations and the
/// countries' responses, naming only the people its reader may see (<c>reviewers</c> and each
/// response's <c>actor</c>, <c>null</c> when hidden).
/// </summary>
public sealed record PeerReviewView(
    Application.PeerReviews.PeerReviewSessionEntry Session,
    IReadOnlyList<Domain.PeerReviews.Recommendation> Recommendations,
    IReadOnlyList<Application.PeerReviews.CountryResponseEntry> Responses);

public sealed record StepView(
    StrategyStep Step,
    StepStatus Status,
    DateTime? OpenedUtc,
    DateTime? DueUtc,
    int SubmittedVersions,
    LastReview? LastReview);

/// <summary>A step's latest submitted content and the draft (<c>GET .../steps/{step}</c>).</summary>
public sealed record StepDocumentsView(
    string CycleId,
    string Country,
    StrategyStep Step,
    StepStatus Status,
    SubmittedView? Submitted,
    JsonElement? Draft);

public sealed record SubmittedView(int Version, DateTime SubmittedUtc, string SubmittedBy, JsonElement Content);

/// <summary>Answer to an accepted submission or review.</summary>
public sealed record AcceptedView(string CycleId, string Country, StrategyStep Step, int Version);

/// <summary>The development outbox: the messages as stored, oldest first.</summary>
public sealed record OutboxView(IReadOnlyList<OutboxMessage> Messages);

public sealed record CoordinatorsView(IReadOnlyList<Domain.Network.Contact> Coordinators);

public sealed record MembersView(IReadOnlyList<Domain.Network.Member> Members);

/// <summary>
/// Who is calling (<c>GET /api/me</c>): what the portal needs to show each person their own work;
/// <c>DevelopmentOutbox</c>: whether this host serves <c>GET /api/dev/outbox</c> (Development only), so the portal links it only then.
/// </summary>
public sealed record MeView(string? Email, IReadOnlyList<string> Roles, IReadOnlyList<MyCountryView> Countries, IReadOnlyList<MyPeerReviewView> PeerReviews, bool DevelopmentOutbox);

public sealed record MyCountryView(string Country, string Name);

public sealed record MyPeerReviewView(string SessionId, string Title, DateOnly Date);

/// <summary>The cycles a caller works on (<c>GET /api/cycles</c>), newest first.</summary>
public sealed record CycleListView(IReadOnlyList<CycleListItem> Cycles);

/// <summary>A cycle in the list; <c>MyCountries</c> are the caller's own countries in it (empty for coordinators).</summary>
public sealed record CycleListItem(string CycleId, string Title, DateTime CreatedUtc, int CountryCount, IReadOnlyList<string> MyCountries);

/// <summary>The peer-review sessions a caller may read (<c>GET /api/peer-reviews</c>), newest first.</summary>
public sealed record PeerReviewListView(IReadOnlyList<PeerReviewListItem> Sessions);

public sealed record PeerReviewListItem(string SessionId, string Title, DateOnly Date, string CycleId, IReadOnlyList<string> Countries);
