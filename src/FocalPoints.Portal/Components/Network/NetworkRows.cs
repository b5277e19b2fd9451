using System.Globalization;
using FocalPoints.Contracts;
using FocalPoints.Domain.Network;

namespace FocalPoints.Portal.Components.Network;

/// <summary>The columns of the network table a person can sort by.</summary>
public enum NetworkColumn
{
    Country,
    RegionalGroup,
    CurrentStep,
    Status,
    Due,
    DaysOverdue,
    LastActivity,
}

/// <summary>
/// Search and sort of the network table, done in the browser on the rows the API answered (the
/// API filters; it has no search or sort). Pure functions, so they are tested without a page.
/// </summary>
public static class NetworkRows
{
    /// <summary>Rows whose name (in the reader's language) contains <paramref name="text"/> (case and accents ignored) or whose ISO3 code starts with it.</summary>
    public static IReadOnlyList<CountryProgressView> Search(IReadOnlyList<CountryProgressView> rows, string? text)
    {
        string needle = text?.Trim() ?? string.Empty;
        if (needle.Length == 0)
        {
            return rows;
        }

        CompareInfo compare = CultureInfo.InvariantCulture.CompareInfo;
        const CompareOptions Loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;
        return rows.Where(r =>
                r.Country.StartsWith(needle, StringComparison.OrdinalIgnoreCase)
                || compare.IndexOf(Name(r), needle, Loose) >= 0)
            .ToArray();
    }

    /// <summary>
    /// The first direction of a column when a person sorts by it: the most overdue, the latest due
    /// and the most recent activity first; names and stages in reading order.
    /// </summary>
    public static bool DescendingFirst(NetworkColumn column) => column is NetworkColumn.DaysOverdue or NetworkColumn.LastActivity;

    /// <summary>Sorts by <paramref name="column"/>; ties are broken by country name so the order is stable.</summary>
    public static IReadOnlyList<CountryProgressView> Sort(IReadOnlyList<CountryProgressView> rows, NetworkColumn column, bool descending)
    {
        StringComparer names = StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true);
        IOrderedEnumerable<CountryProgressView> ordered = column switch
        {
            NetworkColumn.Country => Order(rows, Name, descending, names),
            NetworkColumn.RegionalGroup => Order(rows, r => r.RegionalGroup.HasValue ? (int)r.RegionalGroup.Value : int.MaxValue, descending),
            NetworkColumn.CurrentStep => Order(rows, r => (int)r.CurrentStep, descending),
            NetworkColumn.Status => Order(rows, r => ((int)r.Status * 10) + (int)r.StepStatus, descending),
            NetworkColumn.Due => Order(rows, r => r.DueUtc ?? DateTime.MaxValue, descending),
            NetworkColumn.DaysOverdue => Order(rows, r => r.DaysOverdue, descending),
            NetworkColumn.LastActivity => Order(rows, r => r.LastActivityUtc, descending),
            _ => throw new ArgumentOutOfRangeException(nameof(column)),
        };
        return ordered.ThenBy(Name, names).ToArray();
    }

    /// <summary>The row's country as the reader reads it (the portal's language), from its code.</summary>
    public static string Name(CountryProgressView row) => CountryNames.Name(row.Country, CultureInfo.CurrentUICulture);

    private static IOrderedEnumerable<CountryProgressView> Order<TKey>(IEnumerable<CountryProgressView> rows, Func<CountryProgressView, TKey> key, bool descending, IComparer<TKey>? comparer = null) =>
        descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer);
}
