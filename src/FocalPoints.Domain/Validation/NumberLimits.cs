namespace FocalPoints.Domain.Validation;

/// <summary>
/// The largest numbers a national strategy holds. They keep every total a summary computes well inside
/// its arithmetic, and catch a typing slip (an extra row of zeros) at the field.
/// </summary>
public static class NumberLimits
{
    /// <summary>Officials in one training programme or session: ten million.</summary>
    public const int Participants = 10_000_000;

    /// <summary>One resource's amount, in any currency (room for currencies of large nominal values): 10^18.</summary>
    public const decimal Amount = 1_000_000_000_000_000_000m;
}
