using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Strategies;

/// <summary>The body of a review: approve, or return with comments.</summary>
public sealed record ReviewInput(ReviewDecision? Decision, string? Comments);
