namespace FocalPoints.Domain.Summaries;

/// <summary>
/// Sums of stored amounts that cannot fail: a summary is read from data that older rules may have
/// let through, so a total beyond <see cref="decimal"/>'s range stops at its largest value instead of throwing.
/// </summary>
public static class SaturatingSum
{
    public static decimal SumSaturating<T>(this IEnumerable<T> items, Func<T, decimal> amount)
    {
        decimal total = 0m;
        foreach (T item in items)
        {
            decimal value = amount(item);
            total = value > 0 && total > decimal.MaxValue - value ? decimal.MaxValue
                : value < 0 && total < decimal.MinValue - value ? decimal.MinValue
                : total + value;
        }

        return total;
    }
}
