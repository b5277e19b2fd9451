using FocalPoints.Domain.Insights;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FocalPoints.Domain.Tests.Insights;

/// <summary>
/// The k ≥ 5 rule and its complementary suppression, for any counts: a question with two to four categories over
/// the five regional groups and the network, its margin (the countries sharing the step) suppressed in its own row
/// first, as <see cref="InsightsBuilder"/> does.
/// </summary>
public sealed class DisclosureGridTests
{
    private const int Groups = 5;

    // Small counts on purpose: most cells near the threshold, many zeros.
    private static readonly Gen<int[,]> Counts =
        from categories in Gen.Choose(2, 4)
        from cells in Gen.Frequency((3, Gen.Choose(0, 6)), (2, Gen.Choose(0, 15)), (1, Gen.Constant(0))).ArrayOf(categories * Groups)
        select ToGrid(cells, categories);

    [Property(MaxTest = 2000)]
    public Property NoPublishedFigureRestsOnFewerThanFiveCountries() => Prop.ForAll(Counts.ToArbitrary(), counts =>
    {
        DisclosureGrid grid = Suppress(counts);
        return grid.Values.Where((_, i) => !grid.Withheld[i]).All(v => v >= DisclosureRule.MinimumCountries);
    });

    [Property(MaxTest = 2000)]
    public Property NoLineLeavesAWithheldFigureToSubtraction() => Prop.ForAll(Counts.ToArbitrary(), counts =>
    {
        DisclosureGrid grid = Suppress(counts);
        bool[] withheld = grid.Withheld.ToArray();
        return grid.Lines.All(line => !DisclosureRule.FallsShort(line, grid.Values, withheld));
    });

    [Property(MaxTest = 2000)]
    public Property NoWithheldFigureCanBeWorkedOutFromThePublishedOnes() => Prop.ForAll(Counts.ToArbitrary(), counts =>
    {
        DisclosureGrid grid = Suppress(counts);
        IReadOnlyList<int> recovered = Recoverable.Figures(grid.Withheld, grid.Lines);
        return (recovered.Count == 0).Label($"recovered cells {string.Join(", ", recovered)} of {Show(counts)}");
    });

    [Fact]
    public void TheMarginsOwnRow_IsARelationOfTheGrid()
    {
        DisclosureGrid grid = Suppress(new int[,] { { 1, 2, 3, 4, 5 }, { 1, 1, 1, 1, 1 } });
        int margin = grid.Values.Count - Groups - 1;

        Assert.Contains(grid.Lines, l => l.Total == margin + Groups && l.Parts.SequenceEqual(Enumerable.Range(margin, Groups)));
    }

    [Fact]
    public void OneSmallGroup_IsWithheldWithTheSmallestOtherGroup()
    {
        // Yes: 3 in the first group, the others 5..8; other: 6 everywhere.
        int[,] counts = { { 3, 7, 5, 8, 6 }, { 6, 6, 6, 6, 6 } };
        DisclosureGrid grid = Suppress(counts);

        Assert.Null(grid.Figure(0, 0));
        Assert.Null(grid.Figure(0, 2));
        Assert.Equal(7, grid.Figure(0, 1));
        Assert.Equal(29, grid.Figure(0, Groups));
    }

    [Fact]
    public void TwoWithheldZeros_BesideAPublishedTotal_TakeAThirdGroupWithThem()
    {
        int[,] counts = { { 0, 0, 9, 8, 7 }, { 9, 9, 9, 9, 9 } };
        DisclosureGrid grid = Suppress(counts);

        Assert.Null(grid.Figure(0, 0));
        Assert.Null(grid.Figure(0, 1));
        Assert.Null(grid.Figure(0, 4));
    }

    private static DisclosureGrid Suppress(int[,] counts)
    {
        int[] margin = new int[Groups + 1];
        for (int k = 0; k < counts.GetLength(0); k++)
        {
            for (int g = 0; g < Groups; g++)
            {
                margin[g] += counts[k, g];
                margin[Groups] += counts[k, g];
            }
        }

        bool[] marginWithheld = DisclosureRule.Withhold(margin, [new DisclosureLine(Enumerable.Range(0, Groups).ToArray(), Groups)]);
        return DisclosureGrid.Of(counts, margin, marginWithheld);
    }

    private static int[,] ToGrid(int[] cells, int categories)
    {
        int[,] grid = new int[categories, Groups];
        for (int i = 0; i < cells.Length; i++)
        {
            grid[i / Groups, i % Groups] = cells[i];
        }

        return grid;
    }

    private static string Show(int[,] counts) =>
        string.Join(" / ", Enumerable.Range(0, counts.GetLength(0)).Select(k => string.Join(",", Enumerable.Range(0, Groups).Select(g => counts[k, g]))));
}
