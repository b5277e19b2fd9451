using FocalPoints.Domain.Comparisons;
using FocalPoints.Domain.Summaries;

namespace FocalPoints.Api.Summaries;

/// <summary>
/// A summary's "against the previous cycle" part as notes and tables of words in the reader's language,
/// written once for the HTML and the Markdown renderings. What people wrote (action titles,
/// recommendations) stays as written; the renderings escape it.
/// </summary>
internal static class SummaryComparison
{
    /// <summary>A table: its label, its column keys' words, its rows of cells.</summary>
    internal sealed record Table(string Label, IReadOnlyList<string> Columns, IReadOnlyList<string[]> Rows);

    /// <summary>The part: notes (paragraphs) and tables; the early warnings come first.</summary>
    internal sealed record Part(IReadOnlyList<string> Notes, IReadOnlyList<Table> Tables);

    public static Part Of(CycleComparison c, SummaryText t)
    {
        if (c.PreviousCycleId is null)
        {
            return new Part([t["Comparison.First"]], []);
        }

        var notes = new List<string> { t.Format("Comparison.Previous", c.PreviousCycleTitle) };
        var tables = new List<Table>();
        void Add(string label, string[] columns, IEnumerable<string[]> rows)
        {
            string[][] all = [.. rows];
            if (all.Length > 0)
            {
                tables.Add(new Table(t[label], [.. columns.Select(k => t[k])], all));
            }
        }

        bool rated = c.Factors.Any(f => f.Change is not null);
        if (c.Audience == SummaryAudience.Internal && rated && c.Warnings.Count == 0)
        {
            notes.Add(t["Label.NoEarlyWarning"]);
        }

        Add("Label.EarlyWarnings", ["Column.Factor", "Column.Before", "Column.Now", "Column.Reason"],
            c.Warnings.Select(w => new[] { t.Factor(w.FactorId), w.Before is { } b ? t.Words(b) : "—", t.Words(w.Now), string.Join("; ", w.Reasons.Select(r => t.Words(r))) }));
        Add("Label.FactorChanges", ["Column.Factor", "Column.Before", "Column.Now", "Column.Change", "Column.DeclaredTrend", "Column.TrendAgrees"],
            c.Factors.Select(f => new[]
            {
                t.Factor(f.Id), f.Before is { } b ? t.Words(b) : "—", f.Now is { } n ? t.Words(n) : "—",
                f.Change is { } change ? t.Words(change) : "—", t.Trend(f.TrendNow), f.TrendAgrees is null ? "—" : t.YesNo(f.TrendAgrees),
            }));
        Add("Label.ActionFollowUp", ["Column.Action", "Column.Restraint", "Column.Fate", "Column.PlannedEnd"],
            c.Actions.Select(a => new[] { Bidi.Isolate(a.Title), a.Restraint is null ? "—" : t.Restraint(a.Restraint), t.Words(a.Fate), t.Date(a.PlannedEnd) }));
        Add("Label.TrainingAgainstPlan", ["Column.Audience", "Column.PlannedBefore", "Column.TrainedBefore", "Column.PlannedNow", "Column.TrainedNow"],
            c.Training.Select(r => new[] { t.Words(r.Audience), t.Count(r.PlannedBefore), t.Count(r.TrainedBefore), t.Count(r.PlannedNow), t.Count(r.TrainedNow) }));
        Add("Label.ResourcesAgainstPlan", ["Column.Currency", "Column.TotalBefore", "Column.DisbursedBefore", "Column.TotalNow", "Column.DisbursedNow"],
            c.Resources.Select(r => new[] { r.Currency, Amount(t, r.Before?.Total), Amount(t, r.Before?.Disbursed), Amount(t, r.Now?.Total), Amount(t, r.Now?.Disbursed) }));
        Add("Label.RecommendationFollowUp", ["Column.Recommendation", "Column.Status", "Column.FollowUpBy", "Column.Implementation", "Column.FollowUp"],
            c.Recommendations.Select(r => new[]
            {
                $"{t.Count(r.Number)}. {Bidi.Isolate(r.Text)}", t.Words(r.Status), t.Date(r.FollowUpBy),
                t.Implementation(r.Progress), t.Words(r.State),
            }));
        if (tables.Count == 0)
        {
            notes.Add(t["Comparison.Nothing"]);
        }

        return new Part(notes, tables);
    }

    private static string Amount(SummaryText t, decimal? amount) => amount is { } a ? t.Amount(a) : "—";
}
