using FocalPoints.Domain.Comparisons;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Domain.Summaries;

/// <summary>Who a summary is for, which decides what it may hold.</summary>
public enum SummaryAudience
{
    /// <summary>Coordinators and the country's own focal points: everything approved, confidential parts marked.</summary>
    Internal,

    /// <summary>Peer reviewers: only what the country shares with the network (or the public).</summary>
    PeerReviewers,
}

/// <summary>
/// A country's national strategy as a peer-review summary: non-attributive, built only from
/// approved submissions, holding only what the audience may see. Everything is sorted so that the
/// same approved content always gives the same summary.
/// </summary>
public sealed record CountrySummary(
    string Country,
    string CountryName,
    string CycleId,
    string CycleTitle,
    DateOnly GeneratedOn,
    SummaryAudience Audience,
    IReadOnlyList<StepCoverage> Coverage,
    RiskSection? Risk,
    ActionsSection? Actions,
    TrainingSection? Training,
    ResourcesSection? Resources,
    EngagementSection? Engagement)
{
    /// <summary>The country against its previous cycle, for the same audience; <c>null</c> where a summary does not carry it (the comparative summary).</summary>
    public CycleComparison? Comparison { get; init; }
}

/// <summary>Whether a step is approved, how it is shared, and whether this summary shows it.</summary>
public sealed record StepCoverage(StrategyStep Step, bool Approved, Sharing? Sharing, bool Shown);

public sealed record RiskSection(
    bool Confidential,
    IReadOnlyList<FactorRating> Profile,
    IReadOnlyList<FactorRating> HighOrSevere,
    IReadOnlyList<RestraintCapacity> Restraints);

public sealed record FactorRating(string Id, string Title, RiskRating Rating, Trend? Trend);

public sealed record RestraintCapacity(string Id, string Title, Capacity Capacity);

public sealed record ActionsSection(bool Confidential, IReadOnlyList<RestraintActions> ByRestraint);

public sealed record RestraintActions(string Restraint, string Title, IReadOnlyList<SummaryAction> Actions);

public sealed record SummaryAction(int Priority, string Title, ActionScope Scope, string? LeadInstitution, DateOnly? Start, DateOnly? End, IReadOnlyList<string> RiskFactors);

public sealed record TrainingSection(bool Confidential, IReadOnlyList<AudienceReach> Reach, long Planned, long Trained);

public sealed record AudienceReach(TrainingAudience Audience, long Planned, long Trained);

public sealed record ResourcesSection(
    bool Confidential,
    IReadOnlyList<ResourceLine> Resources,
    IReadOnlyList<CurrencyTotal> Totals,
    bool? DeclaredNationalPriority,
    IReadOnlyList<LegislativeEngagement> Legislative);

public sealed record ResourceLine(ResourceSource Source, ResourceStatus Status, string Currency, decimal Amount);

public sealed record CurrencyTotal(string Currency, decimal Planned, decimal Committed, decimal Disbursed, decimal Total);

/// <summary>Civil-society and media engagement: consultation in the risk assessment, partners in resource mobilisation.</summary>
public sealed record EngagementSection(bool? ConsultedCivilSociety, bool? ConsultedMedia, IReadOnlyList<Partner> Partners);
