namespace FocalPoints.Domain.Insights;

/// <summary>
/// The last check of <see cref="DisclosureRule"/>: whether the published figures and the additive relations
/// between all figures pin a withheld figure to one value, through any combination of lines (a withheld cell that
/// no single line exposes can still be the sum of several lines' differences). A withheld figure <c>x</c> is pinned
/// exactly when dropping <c>x</c> from the system of relations lowers its rank: then no change of the withheld
/// figures that keeps every relation true can change <c>x</c>.
/// </summary>
internal static class DisclosureAudit
{
    /// <summary>The withheld figures the published ones determine.</summary>
    public static IEnumerable<int> Pinned(bool[] withheld, IReadOnlyList<DisclosureLine> lines)
    {
        int[] unknowns = Enumerable.Range(0, withheld.Length).Where(i => withheld[i]).ToArray();
        double[][] system = lines.Select(line =>
        {
            double[] row = new double[unknowns.Length];
            for (int u = 0; u < unknowns.Length; u++)
            {
                row[u] = (line.Parts.Contains(unknowns[u]) ? 1 : 0) - (line.Total == unknowns[u] ? 1 : 0);
            }

            return row;
        }).ToArray();

        int rank = Rank(system, skip: -1);
        for (int u = 0; u < unknowns.Length; u++)
        {
            if (Rank(system, skip: u) < rank)
            {
                yield return unknowns[u];
            }
        }
    }

    /// <summary>The rank of <paramref name="system"/> without column <paramref name="skip"/>, by elimination with partial pivoting (the coefficients are small integers).</summary>
    private static int Rank(double[][] system, int skip)
    {
        double[][] m = system.Select(r => r.Where((_, c) => c != skip).ToArray()).ToArray();
        int columns = m.Length == 0 ? 0 : m[0].Length;
        int rank = 0;
        for (int c = 0; c < columns && rank < m.Length; c++)
        {
            int pivot = rank;
            for (int r = rank + 1; r < m.Length; r++)
            {
                if (Math.Abs(m[r][c]) > Math.Abs(m[pivot][c]))
                {
                    pivot = r;
                }
            }

            if (Math.Abs(m[pivot][c]) < 1e-9)
            {
                continue;
            }

            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            for (int r = rank + 1; r < m.Length; r++)
            {
                double factor = m[r][c] / m[rank][c];
                for (int k = c; k < columns; k++)
                {
                    m[r][k] -= factor * m[rank][k];
                }
            }

            rank++;
        }

        return rank;
    }
}
