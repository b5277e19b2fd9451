using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Ports;

/// <summary>Cycles and the per-cycle progress projection.</summary>
public interface ICycleStore
{
    Task<CycleRecord?> GetCycleAsync(string cycleId, CancellationToken cancellationToken);

    /// <summary>Every cycle (a scan of the cycle rows across partitions: for the weekly digest, not for requests).</summary>
    Task<IReadOnlyList<CycleRecord>> ListCyclesAsync(CancellationToken cancellationToken);

    /// <summary>Inserts the cycle row; <c>false</c> when a cycle with that id already exists.</summary>
    Task<bool> TryAddCycleAsync(CycleRecord cycle, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts a fresh progress row for each country that has none; existing rows are left alone.
    /// Names and regional groups come from <paramref name="members"/> where given, else from the UN list.
    /// </summary>
    Task AddMissingProgressAsync(string cycleId, IReadOnlyList<string> countries, DateTime nowUtc, CancellationToken cancellationToken, IReadOnlyDictionary<string, Domain.Network.Member>? members = null);

    /// <summary>Records an event of a country's timeline (idempotent: the same event id is written once).</summary>
    Task AddAuditAsync(AuditEvent audit, CancellationToken cancellationToken);

    /// <summary>A country's timeline, oldest first: one range query over the cycle's partition.</summary>
    Task<IReadOnlyList<AuditEvent>> ListAuditAsync(string cycleId, string country, CancellationToken cancellationToken);

    /// <summary>The network view: the cycle and every country's progress, one range query over one partition.</summary>
    Task<NetworkView?> GetNetworkViewAsync(string cycleId, CancellationToken cancellationToken);

    /// <summary>A country's progress row as read, with its ETag (for reads; a change goes through <see cref="IStrategyRepository"/>).</summary>
    Task<Versioned<StrategyProgress>?> GetProgressAsync(string cycleId, string country, CancellationToken cancellationToken);
}
