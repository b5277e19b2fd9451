using System.Globalization;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;
using Microsoft.Extensions.Logging;

namespace FocalPoints.Workflow.Digest;

/// <summary>
/// The weekly digest for coordinators: per cycle with work in progress, who is overdue, who waits
/// for review (and whose review is past the cycle's <c>reviewDuration</c>), what completed, and every
/// country's early warnings (<see cref="EarlyWarnings"/>); each country with early warnings hears of
/// its own, and only its own, in a message to its focal points. One message per (cycle, ISO week,
/// recipient) and per country, so a schedule that fires twice in a week sends once. Run by a timer trigger in the Functions app and a schedule in the self-host.
/// </summary>
public sealed partial class CoordinatorDigest(
    ICycleStore cycles,
    IStrategyReads strategies,
    IDirectoryStore directory,
    IMessenger messenger,
    EarlyWarnings earlyWarnings,
    ILogger<CoordinatorDigest> logger)
{
    /// <summary>Sends this week's digests; returns how many messages were newly sent.</summary>
    public async Task<int> SendAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        IReadOnlyList<Contact> coordinators = await directory.GetCoordinatorsAsync(cancellationToken);
        if (coordinators.Count == 0)
        {
            return 0;
        }

        string week = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(nowUtc)}-W{ISOWeek.GetWeekOfYear(nowUtc):00}");
        int sent = 0;
        IReadOnlyList<CycleRecord> allCycles = await cycles.ListCyclesAsync(cancellationToken);
        foreach (CycleRecord cycle in allCycles)
        {
            NetworkView? view = await strategies.GetNetworkViewAsync(cycle.Definition.CycleId, cancellationToken);
            if (view is null || view.Countries.All(c => c.Status != StrategyStatus.InProgress))
            {
                continue;
            }

            StrategyProgress[] overdue = view.Countries.Where(c => c.IsOverdue(nowUtc)).OrderBy(c => c.Country, StringComparer.Ordinal).ToArray();
            StrategyProgress[] waiting = view.Countries.Where(c => c.Status == StrategyStatus.InProgress && c.Current.Status == StepStatus.Submitted).OrderBy(c => c.Country, StringComparer.Ordinal).ToArray();
            StrategyProgress[] completed = view.Countries.Where(c => c.Status == StrategyStatus.Completed).OrderBy(c => c.Country, StringComparer.Ordinal).ToArray();
            DigestEntry Entry(StrategyProgress p, DigestState state) => new(p.Country, p.CurrentStep, state);
            IReadOnlyList<CountryWarnings> warnings = await earlyWarnings.OfCycleAsync(view, allCycles, cancellationToken);

            sent += await messenger.SendAsync(
                new Mailing($"digest|{cycle.Definition.CycleId}|{week}", NotificationMoment.Digest, cycle.Definition.CycleId, null, null, nowUtc),
                coordinators,
                c => new MessageRequest(
                    NotificationMoment.Digest, c.Language, c.TimeZone, cycle.Definition.Title, string.Empty,
                    Link: PortalLink.ToCycle(cycle.Definition.CycleId),
                    Items:
                    [
                        .. overdue.Select(p => Entry(p, DigestState.Overdue)),
                        .. waiting.Select(p => Entry(p, p.IsReviewOverdue(nowUtc, cycle.Definition.Schedule.ReviewDuration) ? DigestState.ReviewOverdue : DigestState.WaitingForReview)),
                        .. completed.Select(p => Entry(p, DigestState.Completed)),
                        .. warnings.SelectMany(w => w.Lines),
                    ],
                    Counts: new DigestCounts(overdue.Length, waiting.Length, completed.Length)),
                cancellationToken);
            foreach (CountryWarnings country in warnings)
            {
                sent += await WarnFocalPointsAsync(cycle, country, week, nowUtc, cancellationToken);
            }
        }

        LogSent(logger, week, sent);
        return sent;
    }

    // To the country's own focal points: its warnings, never another country's.
    private async Task<int> WarnFocalPointsAsync(CycleRecord cycle, CountryWarnings country, string week, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (await directory.GetMemberAsync(country.Country, cancellationToken) is not { } member || member.FocalPoints.Count == 0)
        {
            return 0;
        }

        string cycleId = cycle.Definition.CycleId;
        return await messenger.SendAsync(
            new Mailing($"early-warning|{cycleId}|{country.Country}|{week}", NotificationMoment.EarlyWarning, cycleId, country.Country, StrategyStep.RiskAssessment, nowUtc),
            member.FocalPoints,
            c => new MessageRequest(
                NotificationMoment.EarlyWarning, c.Language, c.TimeZone, cycle.Definition.Title, country.Country,
                Link: PortalLink.ToStrategy(cycleId, country.Country),
                Items: country.Lines),
            cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Coordinator digest for {Week}: {Sent} messages newly sent")]
    private static partial void LogSent(ILogger logger, string week, int sent);
}
