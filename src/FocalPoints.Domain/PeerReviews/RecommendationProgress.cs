using FocalPoints.Domain.Validation;

namespace FocalPoints.Domain.PeerReviews;

/// <summary>How far a reviewed country says it has implemented a recommendation.</summary>
public enum RecommendationProgress
{
    NotStarted,
    InProgress,
    Done,
}

/// <summary>A reviewed country's declaration on one recommendation: where it stands, when it was declared, and an optional short note.</summary>
public sealed record ProgressDeclaration(RecommendationProgress Progress, DateTime DeclaredUtc, string? Note);

/// <summary>The body of <c>PUT /api/peer-reviews/{sessionId}/recommendations/{iso3}/{number}/progress</c>.</summary>
public sealed record ProgressInput(RecommendationProgress? Progress, string? Note);

/// <summary>
/// Who declares a recommendation's implementation, and what a declaration holds: only the focal points
/// of the country the recommendation is addressed to; a later declaration replaces the earlier one
/// (the recommendation carries the last); the note is at most <see cref="ContentLimits.ProgressNoteLength"/> characters.
/// </summary>
public static class RecommendationProgressRules
{
    /// <summary>Whether a focal point of <paramref name="focalPointOf"/> may declare the progress of <paramref name="recommendation"/>.</summary>
    public static bool MayDeclare(Recommendation recommendation, IEnumerable<string> focalPointOf) =>
        focalPointOf.Contains(recommendation.Country, StringComparer.Ordinal);

    /// <summary>The recommendation with <paramref name="input"/> as its declared progress, or <c>null</c> with the errors by field.</summary>
    public static Recommendation? Declare(Recommendation recommendation, ProgressInput input, DateTime nowUtc, ValidationErrors errors)
    {
        if (input.Progress is null)
        {
            errors.Add("$.progress", ValidationCodes.Required, "Required: notStarted, inProgress or done.");
        }

        errors.CheckText("$.note", input.Note, ContentLimits.ProgressNoteLength);
        return errors.IsEmpty
            ? recommendation with { Progress = new ProgressDeclaration(input.Progress!.Value, nowUtc, string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim()) }
            : null;
    }
}
