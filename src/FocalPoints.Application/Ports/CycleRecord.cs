using FocalPoints.Domain.Cycles;

namespace FocalPoints.Application.Ports;

/// <summary>A stored cycle: its definition and a hash of the request that opened it (repeat = harmless, different = 409).</summary>
public sealed record CycleRecord(CycleDefinition Definition, string RequestHash, DateTime CreatedUtc);

/// <summary>The coordinators' view of a cycle: the cycle and every country's progress.</summary>
public sealed record NetworkView(CycleRecord Cycle, IReadOnlyList<Domain.Strategies.StrategyProgress> Countries);
