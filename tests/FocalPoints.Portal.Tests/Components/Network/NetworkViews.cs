using FocalPoints.Contracts;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Portal.Tests.Components.Network;

/// <summary>
/// A generated cycle of all 193 UN Member States at different stages, made with the domain's own
/// transitions, and the network view the API would answer for it with a given filter (the domain's
/// <see cref="ProgressFilter"/> and <see cref="StepFunnel"/>, as the server's handler applies them).
/// </summary>
internal static class NetworkViews
{
    public static readonly DateTime Now = new(2027, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    private static readonly DateTime Opened = new(2027, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>Every Member State; the i-th is at a stage chosen by i, and some are overdue by i days.</summary>
    public static IReadOnlyList<StrategyProgress> Countries() =>
        UnMemberStates.All.Select((state, i) => Stage(StrategyProgress.Start("2027", state.Iso3, Opened, state.Name, state.RegionalGroup), i)).ToArray();

    /// <summary>What <c>GET /api/cycles/2027</c> answers with <paramref name="filter"/>.</summary>
    public static CycleView View(ProgressFilter? filter = null, IReadOnlyList<StrategyProgress>? countries = null)
    {
        filter ??= ProgressFilter.None;
        StrategyProgress[] shown = (countries ?? Countries()).Where(p => filter.Matches(p, Now)).OrderBy(p => p.Country, StringComparer.Ordinal).ToArray();
        CountryProgressView[] rows = shown.Select(p => new CountryProgressView(
            p.Country, p.CountryName, p.RegionalGroup, p.CurrentStep, p.Status, p.Current.Status, p.Current.DueUtc,
            p.IsOverdue(Now), p.DaysOverdue(Now), p.CompletedSteps, p.LastActivityUtc)).ToArray();
        return new CycleView(
            "2027",
            "National strategies 2027",
            new ScheduleInput("P60D", "P14D", ["P7D", "P1D"], "P7D", "P14D"),
            rows,
            StepFunnel.Of(shown),
            new ProgressTotals(
                rows.Length,
                rows.Count(r => r.Status == StrategyStatus.InProgress),
                rows.Count(r => r.Status == StrategyStatus.Completed),
                rows.Count(r => r.Status == StrategyStatus.Cancelled),
                rows.Count(r => r.Overdue)));
    }

    private static StrategyProgress Stage(StrategyProgress p, int i)
    {
        // Due dates spread so that country i is overdue by (i % 40) days when its step is open.
        DateTime due = Now.AddDays(-(i % 40)).AddHours(-1);
        StrategyProgress opened = p.Opened(StrategyStep.RiskAssessment, Opened, i % 40 == 0 ? Now.AddDays(30) : due);
        return (i % 6) switch
        {
            0 => p,
            1 => opened,
            2 => opened.Submitted(StrategyStep.RiskAssessment, Opened.AddDays(i % 20)),
            3 => opened.Submitted(StrategyStep.RiskAssessment, Opened).Reviewed(StrategyStep.RiskAssessment, ReviewDecision.Return, "More evidence.", Opened.AddDays(1)),
            4 => opened.Submitted(StrategyStep.RiskAssessment, Opened).Reviewed(StrategyStep.RiskAssessment, ReviewDecision.Approve, null, Opened.AddDays(1))
                .Opened(StrategyStep.ActionPrioritisation, Opened.AddDays(2), Now.AddDays(20)),
            _ => opened.Cancelled(Opened.AddDays(3)),
        };
    }
}
