namespace FocalPoints.Domain.Insights;

/// <summary>
/// One additive relation between published figures: the figures at <see cref="Parts"/> add up to the
/// figure at <see cref="Total"/> (the five regional groups to the network; the categories of a partition
/// to the countries it counts). Whoever knows all but one of them knows that one too.
/// </summary>
public sealed record DisclosureLine(IReadOnlyList<int> Parts, int Total);

/// <summary>
/// The network insights' disclosure rule: every published figure rests on at least <see cref="MinimumCountries"/>
/// countries, and a figure that does not is withheld so that it cannot be worked out from what is published.
/// <list type="number">
/// <item><b>Primary</b>: a count below <see cref="MinimumCountries"/> (zero included) is withheld.</item>
/// <item><b>Complementary</b>: in every line, a withheld figure is never alone (it would be the total less the
/// others), and when the line's total is published the withheld parts together count at least
/// <see cref="MinimumCountries"/> countries (two withheld zeros beside a published total would both be
/// known). Where a line falls short, the smallest published part is withheld too (the total only when no part
/// is left), and every line is checked again until none falls short.</item>
/// <item><b>Audit</b>: no combination of lines may pin a withheld figure either (<see cref="DisclosureAudit"/>);
/// a pinned one takes the smallest published figure of one of its lines with it, and all is checked again.</item>
/// </list>
/// Figures that are <c>locked</c> keep the state they were given (the countries sharing a step, decided once
/// in their own table, so that no two tables publish the same figure differently).
/// </summary>
public static class DisclosureRule
{
    /// <summary>The fewest countries a published figure may rest on.</summary>
    public const int MinimumCountries = 5;

    /// <summary>Which of <paramref name="values"/> are withheld, for the relations <paramref name="lines"/>.</summary>
    /// <param name="values">Country counts.</param>
    /// <param name="lines">The additive relations between them.</param>
    /// <param name="locked">Indexes whose state is decided elsewhere: withheld when in <paramref name="lockedWithheld"/>, else published.</param>
    /// <param name="lockedWithheld">The locked indexes that are withheld.</param>
    public static bool[] Withhold(IReadOnlyList<int> values, IReadOnlyList<DisclosureLine> lines, IReadOnlySet<int>? locked = null, IReadOnlySet<int>? lockedWithheld = null)
    {
        locked ??= new HashSet<int>();
        var withheld = new bool[values.Count];
        for (int i = 0; i < values.Count; i++)
        {
            withheld[i] = locked.Contains(i) ? lockedWithheld?.Contains(i) == true : values[i] < MinimumCountries;
        }

        while (true)
        {
            bool changed = true;
            while (changed)
            {
                changed = false;
                foreach (DisclosureLine line in lines)
                {
                    if (FallsShort(line, values, withheld) && NextToWithhold(line, values, withheld, locked) is int next)
                    {
                        withheld[next] = true;
                        changed = true;
                    }
                }
            }

            // No line exposes a withheld figure; several together still might (DisclosureAudit). Each pinned
            // figure takes the smallest published figure of one of its lines with it, and everything is checked again.
            int? more = DisclosureAudit.Pinned(withheld, lines)
                .SelectMany(pinned => lines.Where(l => l.Total == pinned || l.Parts.Contains(pinned)))
                .Select(line => NextToWithhold(line, values, withheld, locked))
                .FirstOrDefault(next => next is not null);
            if (more is not int extra)
            {
                return withheld;
            }

            withheld[extra] = true;
        }
    }

    /// <summary>Whether a line lets a withheld figure be worked out (see <see cref="DisclosureRule"/>).</summary>
    public static bool FallsShort(DisclosureLine line, IReadOnlyList<int> values, bool[] withheld)
    {
        int count = line.Parts.Count(p => withheld[p]) + (withheld[line.Total] ? 1 : 0);
        if (count == 0)
        {
            return false;
        }

        return count == 1 || (!withheld[line.Total] && line.Parts.Where(p => withheld[p]).Sum(p => values[p]) < MinimumCountries);
    }

    private static int? NextToWithhold(DisclosureLine line, IReadOnlyList<int> values, bool[] withheld, IReadOnlySet<int> locked)
    {
        int? smallest = line.Parts
            .Where(p => !withheld[p] && !locked.Contains(p))
            .OrderBy(p => values[p])
            .ThenBy(p => p)
            .Select(p => (int?)p)
            .FirstOrDefault();
        return smallest ?? (!withheld[line.Total] && !locked.Contains(line.Total) ? line.Total : null);
    }
}
