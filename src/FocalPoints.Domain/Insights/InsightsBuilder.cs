using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Domain.Insights;

/// <summary>A country's approved steps, as the insights count them.</summary>
public sealed record CountryContent(string Iso3, ApprovedSteps Approved);

/// <summary>
/// Counts the network insights of a cycle. Only the approved content a country shares at network or public
/// level is counted: a confidential step counts nowhere, not even among the countries sharing it. Countries are
/// grouped by their UN regional group (a member that is no UN Member State has none and is not counted). Each
/// table is a grid of (category, regional group and network) counts whose lines are the additive relations
/// between them; <see cref="DisclosureRule"/> decides what is withheld, first for the countries sharing each
/// step (locked in every table that counts among them), then table by table.
/// </summary>
public static class InsightsBuilder
{
    private static readonly RegionalGroup[] Groups = Enum.GetValues<RegionalGroup>();

    // Columns: the five groups, then the network.
    private static readonly int Columns = Groups.Length + 1;

    private static int NetworkColumn => Groups.Length;

    /// <summary>The insights in their full form (<see cref="NetworkInsights.Brief"/> gives the focal points' form).</summary>
    public static NetworkInsights Build(string cycleId, string cycleTitle, DateOnly today, IEnumerable<CountryContent> countries)
    {
        // What each country shares, by its group's column: only approved steps shared with the network or the public.
        var shared = new List<(int Column, Dictionary<StrategyStep, StepContent> Steps)>();
        foreach (CountryContent country in countries)
        {
            if (!UnMemberStates.TryGet(country.Iso3, out UnMemberState state))
            {
                continue;
            }

            var steps = new Dictionary<StrategyStep, StepContent>();
            foreach (StrategyStep step in StrategySteps.InOrder)
            {
                if (country.Approved[step] is StepContent content && IsShared(content))
                {
                    steps[step] = content;
                }
            }

            shared.Add((Array.IndexOf(Groups, state.RegionalGroup), steps));
        }

        IReadOnlyList<StrategyStep> stepsInOrder = StrategySteps.InOrder;
        int[] bases = new int[stepsInOrder.Count * Columns];
        foreach ((int column, Dictionary<StrategyStep, StepContent> steps) in shared)
        {
            for (int s = 0; s < stepsInOrder.Count; s++)
            {
                if (steps.ContainsKey(stepsInOrder[s]))
                {
                    bases[(s * Columns) + column]++;
                    bases[(s * Columns) + NetworkColumn]++;
                }
            }
        }

        bool[] basesWithheld = DisclosureRule.Withhold(bases, Enumerable.Range(0, stepsInOrder.Count).Select(s => RowLine(s)).ToArray());
        InsightRow[] sharing = stepsInOrder
            .Select((step, s) => Row(step.ToJsonName(), "sharing", bases, basesWithheld, s))
            .ToArray();

        var tables = new List<InsightTable>();
        foreach (IGrouping<InsightTopic, InsightPartition> topic in InsightPartitions.All.GroupBy(p => p.Topic))
        {
            StrategyStep step = topic.First().Step;
            int s = StrategySteps.InOrder.ToList().IndexOf(step);
            var rows = new List<InsightRow>();
            foreach (InsightPartition partition in topic)
            {
                rows.AddRange(Count(partition, shared, bases[(s * Columns)..((s + 1) * Columns)], basesWithheld[(s * Columns)..((s + 1) * Columns)]));
            }

            tables.Add(new InsightTable(topic.Key, step, rows));
        }

        return new NetworkInsights(cycleId, cycleTitle, today, InsightsForm.Full, DisclosureRule.MinimumCountries, Groups, sharing, tables);
    }

    /// <summary>Whether a step's content may be counted: shared with the network or the public.</summary>
    public static bool IsShared(StepContent content) => content.EffectiveSharing is Sharing.Network or Sharing.Public;

    private static IEnumerable<InsightRow> Count(
        InsightPartition partition,
        List<(int Column, Dictionary<StrategyStep, StepContent> Steps)> shared,
        int[] bases,
        bool[] basesWithheld)
    {
        int[,] counts = new int[partition.Categories.Count, Groups.Length];
        foreach ((int column, Dictionary<StrategyStep, StepContent> steps) in shared)
        {
            if (steps.TryGetValue(partition.Step, out StepContent? content))
            {
                counts[partition.Classify(content), column]++;
            }
        }

        DisclosureGrid grid = DisclosureGrid.Of(counts, bases, basesWithheld);
        return Enumerable.Range(0, partition.Shown).Select(k => new InsightRow(
            partition.Subject,
            partition.Categories[k],
            Enumerable.Range(0, Groups.Length).Select(g => grid.Figure(k, g)).ToArray(),
            grid.Figure(k, Groups.Length)));
    }

    /// <summary>Row <paramref name="row"/> of a grid: its five groups add up to its network figure.</summary>
    internal static DisclosureLine RowLine(int row) =>
        new(Enumerable.Range(row * Columns, Groups.Length).ToArray(), (row * Columns) + NetworkColumn);

    private static InsightRow Row(string subject, string category, int[] values, bool[] withheld, int row)
    {
        int? Figure(int column) => withheld[(row * Columns) + column] ? null : values[(row * Columns) + column];
        return new InsightRow(subject, category, Enumerable.Range(0, Groups.Length).Select(Figure).ToArray(), Figure(NetworkColumn));
    }
}
