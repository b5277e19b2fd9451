using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Contracts;

/// <summary>The cycles a caller works on (<c>GET /api/cycles</c>), newest first.</summary>
public sealed record CycleListView(IReadOnlyList<CycleListItem> Cycles);

/// <summary>A cycle in the list; <c>MyCountries</c> are the caller's own countries in it (empty for coordinators).</summary>
public sealed record CycleListItem(string CycleId, string Title, DateTime CreatedUtc, int CountryCount, IReadOnlyList<string> MyCountries);

/// <summary>Answer to <c>POST /api/cycles</c>: 202 when the cycle was opened now, 200 when it already was (same body).</summary>
public sealed record OpenedCycleView(string CycleId, string Title, int Countries);

/// <summary>Answer to <c>DELETE /api/cycles/{cycleId}/countries/{iso3}</c>: the strategy's status afterwards.</summary>
public sealed record CancelledCountryView(string CycleId, string Country, StrategyStatus Status);

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

/// <summary>A country's timeline (<c>GET .../timeline</c>), oldest first.</summary>
public sealed record TimelineView(IReadOnlyList<TimelineEventView> Events);
