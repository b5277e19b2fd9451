using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Strategies;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Cycles;

/// <summary>
/// A country's timeline, oldest first, for coordinators and the country's focal points; each line
/// names only the people its reader may see (see <see cref="TimelineReader"/>).
/// </summary>
public sealed class ReadTimeline(StrategyAccess strategies, IStrategyReads reads, IDirectoryStore directory)
{
    public async Task<Outcome<TimelineEventView[]>> ExecuteAsync(Caller? caller, string cycleId, string iso3, CancellationToken cancellationToken)
    {
        if ((await strategies.FindAsync(caller, cycleId, iso3, coordinatorsToo: true, cancellationToken)).Failure is { } failure)
        {
            return failure;
        }

        TimelineReader reader = caller!.IsCoordinator
            ? TimelineReader.Coordinator
            : TimelineReader.FocalPoint(
                (await directory.GetMemberAsync(iso3, cancellationToken))?.FocalPoints.Select(f => f.Email) ?? [],
                (await directory.GetCoordinatorsAsync(cancellationToken)).Select(c => c.Email));
        IReadOnlyList<AuditEvent> events = await reads.ListAuditAsync(cycleId, iso3, cancellationToken);
        return events.Select(reader.View).ToArray();
    }
}
