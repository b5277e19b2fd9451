using System.Text.Json;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Contracts;

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

/// <summary>A submitted version (also <c>GET .../steps/{step}/versions/{version}</c>); <c>Content</c> is the step's content.</summary>
public sealed record SubmittedView(int Version, DateTime SubmittedUtc, string SubmittedBy, JsonElement Content);
