namespace FocalPoints.Application.Outcomes;

/// <summary>
/// What a use case (or one of its guards) answers: a value, or the <see cref="UseCaseFailure"/> that
/// refused the request. Either converts implicitly, so a use case returns whichever it has:
/// <c>if (found.Failure is { } failure) { return failure; }</c>.
/// </summary>
public sealed class Outcome<T>
{
    private readonly T? value;

    internal Outcome(T? value, UseCaseFailure? failure)
    {
        this.value = value;
        Failure = failure;
    }

    /// <summary>Why the request was refused; <c>null</c> when it succeeded.</summary>
    public UseCaseFailure? Failure { get; }

    /// <summary>The value of a success (throws for a failure: check <see cref="Failure"/> first).</summary>
    public T Value => Failure is null ? value! : throw new InvalidOperationException($"The outcome is a failure ({Failure.GetType().Name}), not a value.");

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(UseCaseFailure failure) => new(default, failure ?? throw new ArgumentNullException(nameof(failure)));
}

/// <summary>Outcomes an implicit conversion cannot make.</summary>
public static class Outcome
{
    /// <summary>A success holding <paramref name="value"/> (for interfaces and <c>null</c>, which convert to no user-defined type).</summary>
    public static Outcome<T> Of<T>(T value) => new(value, null);
}
