using FocalPoints.Domain.Cycles;

namespace FocalPoints.Application.Ports;

/// <summary>The input of one country's strategy workflow: ids and the schedule, never documents.</summary>
public sealed record StrategyWorkflowInput(string CycleId, string Country, CycleSchedule Schedule);
