namespace FocalPoints.Application.Ports;

/// <summary>
/// Cycles: their definitions as opened. A country's strategy in a cycle is <see cref="IStrategyRepository"/>'s,
/// and what views read of strategies is <see cref="IStrategyReads"/>'s.
/// </summary>
public interface ICycleStore
{
    Task<CycleRecord?> GetCycleAsync(string cycleId, CancellationToken cancellationToken);

    /// <summary>Every cycle (a scan of the cycle rows across partitions: for the weekly digest, not for requests).</summary>
    Task<IReadOnlyList<CycleRecord>> ListCyclesAsync(CancellationToken cancellationToken);

    /// <summary>Inserts the cycle row; <c>false</c> when a cycle with that id already exists.</summary>
    Task<bool> TryAddCycleAsync(CycleRecord cycle, CancellationToken cancellationToken);
}
