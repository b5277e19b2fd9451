using System.Text.Json;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Portal.Api;

// What the API answers, as the portal reads it (the design's api.md, and "Routes the portal uses" in docs/api.md).
// Step contents, members, schedules and peer-review records are the domain's own types.

/// <summary><c>GET /api/cycles</c>: the cycles the caller may see, newest first.</summary>
public sealed record CyclesView(IReadOnlyList<CycleSummaryView> Cycles);

public sealed record CycleSummaryView(string CycleId, string Title, DateTime CreatedUtc, int CountryCount, IReadOnlyList<string> MyCountries);

/// <summary><c>GET /api/cycles/{cycleId}</c>: the network view.</summary>
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
    RegionalGroup? RegionalGroup,
    StrategyStep CurrentStep,
    StrategyStatus Status,
    StepStatus StepStatus,
    DateTime? DueUtc,
    bool Overdue,
    int DaysOverdue,
    int CompletedSteps,
    DateTime LastActivityUtc);

public sealed record ProgressTotals(int Countries, int InProgress, int Completed, int Cancelled, int Overdue);

/// <summary><c>GET .../countries/{iso3}</c>: a country's strategy.</summary>
public sealed record StrategyView(
    string CycleId,
    string Country,
    StrategyStatus Status,
    StrategyStep CurrentStep,
    IReadOnlyList<StepView> Steps,
    PeerReviewFollowUpsView? PeerReviewFollowUps);

public sealed record PeerReviewFollowUpsView(IReadOnlyList<Recommendation> Recommendations, IReadOnlyList<CountryResponseView> Responses);

public sealed record StepView(StrategyStep Step, StepStatus Status, DateTime? OpenedUtc, DateTime? DueUtc, int SubmittedVersions, LastReview? LastReview);

/// <summary><c>GET .../steps/{step}</c>: the latest submitted content and the draft.</summary>
public sealed record StepDocumentsView(string CycleId, string Country, StrategyStep Step, StepStatus Status, SubmittedView? Submitted, JsonElement? Draft);

/// <summary>A submitted version (also <c>GET .../steps/{step}/versions/{version}</c>).</summary>
public sealed record SubmittedView(int Version, DateTime SubmittedUtc, string SubmittedBy, JsonElement Content);

public sealed record AcceptedView(string CycleId, string Country, StrategyStep Step, int Version);

public sealed record TimelineView(IReadOnlyList<TimelineEventView> Events);

public sealed record TimelineEventView(DateTime AtUtc, string Kind, StrategyStep? Step, string Actor, string? Detail);

public sealed record MembersView(IReadOnlyList<Member> Members);

public sealed record CoordinatorsView(IReadOnlyList<Contact> Coordinators);

/// <summary><c>GET /api/peer-reviews</c>: the sessions the caller may see.</summary>
public sealed record PeerReviewsView(IReadOnlyList<PeerReviewListItem> Sessions);

/// <summary>
/// <c>GET /api/peer-reviews/{sessionId}</c>: the session, its recommendations and the countries' responses,
/// naming only the people the reader may see (the server decides).
/// </summary>
public sealed record PeerReviewView(PeerReviewSessionView Session, IReadOnlyList<Recommendation> Recommendations, IReadOnlyList<CountryResponseView> Responses);

/// <summary>A session as the reader may see it: <see cref="Reviewers"/> are the addresses they may see (all for coordinators), <see cref="ReviewerCount"/> how many there are.</summary>
public sealed record PeerReviewSessionView(string SessionId, string Title, DateOnly Date, string CycleId, IReadOnlyList<string> Countries, RegionalGroup? RegionalGroup, IReadOnlyList<string> Reviewers, int ReviewerCount, DateTime CreatedUtc);

/// <summary>A country's response; <see cref="Actor"/> (who answered) is <c>null</c> unless the reader may see them.</summary>
public sealed record CountryResponseView(string SessionId, string CycleId, string Country, string Text, string? Actor, DateTime RespondedUtc);

public sealed record PeerReviewListItem(string SessionId, string Title, DateOnly Date, string CycleId, IReadOnlyList<string> Countries);
