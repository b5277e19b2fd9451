using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Ports;

/// <summary>
/// What views read of many strategies at once: the network view of a cycle and a country's timeline.
/// Reads only: a change loads its strategy through <see cref="IStrategyRepository"/> and saves it there.
/// </summary>
public interface IStrategyReads
{
    /// <summary>The network view: the cycle and every country's progress, one range query over one partition.</summary>
    Task<NetworkView?> GetNetworkViewAsync(string cycleId, CancellationToken cancellationToken);

    /// <summary>A country's timeline, oldest first: one range query over the cycle's partition.</summary>
    Task<IReadOnlyList<AuditEvent>> ListAuditAsync(string cycleId, string country, CancellationToken cancellationToken);
}
