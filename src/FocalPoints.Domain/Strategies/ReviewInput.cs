namespace FocalPoints.Domain.Strategies;

/// <summary>The body of a review (<c>POST .../steps/{step}/review</c>): approve, or return with comments.</summary>
public sealed record ReviewInput(ReviewDecision? Decision, string? Comments);
