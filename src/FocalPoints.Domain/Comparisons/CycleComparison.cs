using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Summaries;

namespace FocalPoints.Domain.Comparisons;

/// <summary>
/// A country's strategy against its previous cycle, computed from the two cycles' approved content
/// (<see cref="CycleComparer"/>): what a reader of <see cref="Audience"/> may see. <see cref="PreviousCycleId"/>
/// is <c>null</c> in a country's first cycle, and then every list is empty.
/// </summary>
public sealed record CycleComparison(
    string Country,
    string CycleId,
    string? PreviousCycleId,
    string? PreviousCycleTitle,
    SummaryAudience Audience,
    IReadOnlyList<FactorChange> Factors,
    IReadOnlyList<ActionFollowUp> Actions,
    IReadOnlyList<TrainingAgainstPlan> Training,
    IReadOnlyList<ResourcesAgainstPlan> Resources,
    IReadOnlyList<RecommendationFollowUp> Recommendations,
    IReadOnlyList<EarlyWarning> Warnings)
{
    /// <summary>A country's first cycle: nothing to compare with.</summary>
    public static CycleComparison First(string country, string cycleId, SummaryAudience audience) =>
        new(country, cycleId, null, null, audience, [], [], [], [], [], []);
}

/// <summary>How a factor's rating moved between the two cycles: computed, beside the trend the country declared.</summary>
public enum RatingChange
{
    Rose,
    Fell,
    Same,
}

/// <summary>
/// A risk factor then and now. <see cref="Change"/> is <c>null</c> when either rating is missing or
/// not applicable (there is no order to compare); <see cref="TrendAgrees"/> says whether the declared
/// trend matches the computed change (worsening = rose, stable = same, improving = fell).
/// </summary>
public sealed record FactorChange(
    string Id,
    RiskRating? Before,
    RiskRating? Now,
    Trend? TrendBefore,
    Trend? TrendNow,
    RatingChange? Change,
    bool? TrendAgrees);

/// <summary>What became of an action of the previous cycle, or that an action is new in this one.</summary>
public enum ActionFate
{
    /// <summary>In both cycles' action prioritisation (matched by title).</summary>
    CarriedOver,

    /// <summary>Only in the previous cycle, and its planned end has passed: done as planned.</summary>
    Completed,

    /// <summary>Only in the previous cycle, before its planned end: given up.</summary>
    Dropped,

    /// <summary>Only in this cycle.</summary>
    New,
}

/// <summary>An action by its title, its restraint and what became of it.</summary>
public sealed record ActionFollowUp(string Title, string? Restraint, ActionFate Fate, DateOnly? PlannedEnd);

/// <summary>Officials planned and trained for an audience in each cycle.</summary>
public sealed record TrainingAgainstPlan(TrainingAudience Audience, long PlannedBefore, long TrainedBefore, long PlannedNow, long TrainedNow);

/// <summary>Resources per currency in each cycle: the previous cycle's totals (what was planned, committed, disbursed) and this cycle's.</summary>
public sealed record ResourcesAgainstPlan(string Currency, CurrencyTotal? Before, CurrencyTotal? Now);

/// <summary>Where the follow-up of a recommendation of the previous cycle's peer review stands, from what the country declared.</summary>
public enum FollowUpState
{
    /// <summary>The country declared it done.</summary>
    Done,

    /// <summary>Not declared done; its follow-up date has not passed.</summary>
    Open,

    /// <summary>Not declared done and past its follow-up date.</summary>
    Overdue,
}

/// <summary>
/// A recommendation of the previous cycle's peer review, accepted or noted, with the implementation
/// its country last declared (<c>null</c>: not declared) and where its follow-up stands.
/// </summary>
public sealed record RecommendationFollowUp(string SessionId, int Number, string Text, RecommendationStatus Status, DateOnly FollowUpBy, RecommendationProgress? Progress, FollowUpState State);

/// <summary>Why a factor is flagged.</summary>
public enum WarningReason
{
    /// <summary>Rated high or severe now, lower in the previous cycle.</summary>
    RoseToHighOrSevere,

    /// <summary>Declared worsening in this cycle and in the previous one.</summary>
    WorseningTwice,
}

/// <summary>
/// An early warning: a factor that rose to high or severe, or worsens two cycles running, with no
/// action covering it. Shown to the country's focal points and the coordinators only.
/// <see cref="Confidential"/>: a risk assessment it rests on is confidential, so a message that leaves
/// the portal (the digest) says that a warning waits without naming the factor.
/// </summary>
public sealed record EarlyWarning(string FactorId, RiskRating? Before, RiskRating Now, IReadOnlyList<WarningReason> Reasons, bool Confidential);
