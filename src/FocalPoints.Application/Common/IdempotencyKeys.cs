using FocalPoints.Application.Outcomes;

namespace FocalPoints.Application.Common;

/// <summary>The key a client sends with a request it may repeat (a submission, a peer-review session).</summary>
public static class IdempotencyKeys
{
    public const int MaxLength = 200;

    /// <summary>The key (<c>null</c> when none was sent), or <see cref="BadRequest"/> when it is empty or longer than 200 characters.</summary>
    public static Outcome<string?> Check(string? key) =>
        key is { Length: 0 or > MaxLength }
            ? new BadRequest($"An Idempotency-Key has 1 to {MaxLength} characters.")
            : Outcome.Of(key);
}
