namespace FocalPoints.Domain.Insights;

/// <summary>
/// The figures of one question (<see cref="InsightPartition"/>) and what of them is withheld. Rows are the
/// categories, then the countries sharing the step (the margin, locked: decided in its own table); columns are
/// the regional groups, then the network. Lines: each row's groups add up to its network figure (the margin's
/// too); each column's categories add up to its margin.
/// </summary>
public sealed class DisclosureGrid
{
    private readonly int columns;
    private readonly int[] values;
    private readonly bool[] withheld;

    private DisclosureGrid(int columns, int[] values, bool[] withheld, IReadOnlyList<DisclosureLine> lines)
    {
        this.columns = columns;
        this.values = values;
        this.withheld = withheld;
        Lines = lines;
    }

    /// <summary>Every figure of the grid, row by row (the margin last).</summary>
    public IReadOnlyList<int> Values => values;

    /// <summary>Whether each of <see cref="Values"/> is withheld.</summary>
    public IReadOnlyList<bool> Withheld => withheld;

    /// <summary>The additive relations between <see cref="Values"/>.</summary>
    public IReadOnlyList<DisclosureLine> Lines { get; }

    /// <summary>Suppresses a question's figures.</summary>
    /// <param name="counts">Countries by category (rows) and regional group (columns).</param>
    /// <param name="margin">The countries sharing the step, by group and then the network.</param>
    /// <param name="marginWithheld">Which of <paramref name="margin"/> its own table withheld.</param>
    public static DisclosureGrid Of(int[,] counts, IReadOnlyList<int> margin, IReadOnlyList<bool> marginWithheld)
    {
        int categories = counts.GetLength(0);
        int groups = counts.GetLength(1);
        int columns = groups + 1;
        int[] values = new int[(categories + 1) * columns];
        for (int k = 0; k < categories; k++)
        {
            for (int g = 0; g < groups; g++)
            {
                values[(k * columns) + g] = counts[k, g];
                values[(k * columns) + groups] += counts[k, g];
            }
        }

        var locked = new HashSet<int>();
        var lockedWithheld = new HashSet<int>();
        for (int c = 0; c < columns; c++)
        {
            int index = (categories * columns) + c;
            values[index] = margin[c];
            locked.Add(index);
            if (marginWithheld[c])
            {
                lockedWithheld.Add(index);
            }
        }

        DisclosureLine[] lines =
        [
            .. Enumerable.Range(0, categories).Select(k => new DisclosureLine(Enumerable.Range(k * columns, groups).ToArray(), (k * columns) + groups)),
            .. Enumerable.Range(0, columns).Select(c => new DisclosureLine(
                Enumerable.Range(0, categories).Select(k => (k * columns) + c).ToArray(),
                (categories * columns) + c)),

            // The margin's own row, decided in its table but known to whoever reads both.
            new DisclosureLine(Enumerable.Range(categories * columns, groups).ToArray(), (categories * columns) + groups),
        ];
        return new DisclosureGrid(columns, values, DisclosureRule.Withhold(values, lines, locked, lockedWithheld), lines);
    }

    /// <summary>The figure of category <paramref name="row"/> in <paramref name="column"/>, or <c>null</c> when withheld.</summary>
    public int? Figure(int row, int column) => withheld[(row * columns) + column] ? null : values[(row * columns) + column];
}
