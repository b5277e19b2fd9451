namespace FocalPoints.Domain.Strategies;

/// <summary>One event of a timeline; <c>Step</c> is <c>null</c> for events of the whole strategy.</summary>
/// <remarks>An <see cref="AuditEvent"/> as one reader may see it: the application's <c>TimelineReader</c> decides whom it names, and the API sends it as it is.</remarks>
public sealed record TimelineEventView(DateTime AtUtc, string Kind, StrategyStep? Step, string Actor, string? Detail);
