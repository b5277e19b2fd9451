using System.Text.Json.Serialization;

namespace FocalPoints.Domain.Strategies.Content;

/// <summary>
/// What a focal point writes for a step. Every field is nullable because drafts may be incomplete;
/// completeness is a rule of <see cref="Validation.StepContentValidator"/>, not of the type.
/// </summary>
public abstract record StepContent(Sharing? Sharing)
{
    /// <summary>The sharing level, <c>confidential</c> when not given.</summary>
    [JsonIgnore]
    public Sharing EffectiveSharing => Sharing ?? Strategies.Sharing.Confidential;
}
