using System.Numerics;
using FocalPoints.Domain.Insights;

namespace FocalPoints.Domain.Tests.Insights;

/// <summary>
/// An attacker's view, independent of the rule's own checks: the published figures and every additive relation
/// between figures, solved exactly (Gauss–Jordan over the rationals). A withheld figure is recovered when the
/// relations pin it to one value whatever the other withheld figures are.
/// </summary>
internal static class Recoverable
{
    /// <summary>The withheld figures that the published ones and <paramref name="lines"/> determine.</summary>
    public static IReadOnlyList<int> Figures(IReadOnlyList<bool> withheld, IReadOnlyList<DisclosureLine> lines)
    {
        int[] unknowns = Enumerable.Range(0, withheld.Count).Where(i => withheld[i]).ToArray();
        var column = unknowns.Select((cell, c) => (cell, c)).ToDictionary(x => x.cell, x => x.c);

        // Each line: sum(parts) - total = 0; the published figures are constants and do not matter for
        // whether a withheld one is determined, only the coefficients of the unknowns do.
        var rows = new List<BigInteger[]>();
        foreach (DisclosureLine line in lines)
        {
            var row = new BigInteger[unknowns.Length];
            foreach (int p in line.Parts.Where(p => withheld[p]))
            {
                row[column[p]] += 1;
            }

            if (withheld[line.Total])
            {
                row[column[line.Total]] -= 1;
            }

            if (row.Any(x => !x.IsZero))
            {
                rows.Add(row);
            }
        }

        // Fraction-free Gauss–Jordan elimination.
        int rank = 0;
        for (int c = 0; c < unknowns.Length && rank < rows.Count; c++)
        {
            int pivot = Enumerable.Range(rank, rows.Count - rank).FirstOrDefault(r => !rows[r][c].IsZero, -1);
            if (pivot < 0)
            {
                continue;
            }

            (rows[rank], rows[pivot]) = (rows[pivot], rows[rank]);
            for (int r = 0; r < rows.Count; r++)
            {
                if (r != rank && !rows[r][c].IsZero)
                {
                    BigInteger a = rows[rank][c];
                    BigInteger b = rows[r][c];
                    for (int k = 0; k < unknowns.Length; k++)
                    {
                        rows[r][k] = (rows[r][k] * a) - (rows[rank][k] * b);
                    }
                }
            }

            rank++;
        }

        // A withheld figure is determined exactly when a reduced row names it alone.
        return rows.Take(rank)
            .Where(r => r.Count(x => !x.IsZero) == 1)
            .Select(r => unknowns[Array.FindIndex(r, x => !x.IsZero)])
            .ToArray();
    }
}
