using System.Globalization;
using System.Text;
using FocalPoints.Domain.Summaries;

namespace FocalPoints.Api.Summaries;

/// <summary>A country summary as Markdown: the same facts as the HTML, as headings and tables, in the reader's language.</summary>
public static class SummaryMarkdown
{
    public static string Render(CountrySummary s, CultureInfo reader)
    {
        var t = new SummaryText(reader);
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Escape(t.Title(s))).AppendLine();
        md.AppendLine(t.Subtitle(s)).AppendLine();
        md.Append('_').Append(t.Audience(s)).AppendLine("_").AppendLine();

        md.Append("## ").AppendLine(t["Heading.Coverage"]).AppendLine();
        Header(md, t, "Column.Step", "Column.Status");
        foreach (StepCoverage c in s.Coverage)
        {
            Row(md, t.StepTitle(c.Step), t.Coverage(c));
        }

        md.AppendLine().Append("## ").AppendLine(t["Heading.Risk"]).AppendLine();
        if (s.Risk is RiskSection risk)
        {
            Mark(md, t, risk.Confidential);
            md.AppendLine(t["Label.HighOrSevere"]).AppendLine();
            Header(md, t, "Column.Factor", "Column.Rating", "Column.Trend");
            foreach (FactorRating f in risk.HighOrSevere)
            {
                Row(md, Escape(t.Factor(f.Id)), t.Words(f.Rating), t.Trend(f.Trend));
            }

            if (risk.HighOrSevere.Count == 0)
            {
                Row(md, t["None"], string.Empty, string.Empty);
            }

            md.AppendLine().AppendLine(t["Label.Profile"]).AppendLine();
            Header(md, t, "Column.Factor", "Column.Rating");
            foreach (FactorRating f in risk.Profile)
            {
                Row(md, f.Id, t.Words(f.Rating));
            }

            md.AppendLine().AppendLine(t["Label.RestraintsByCapacity"]).AppendLine();
            Header(md, t, "Column.Restraint", "Column.Capacity");
            foreach (RestraintCapacity r in risk.Restraints)
            {
                Row(md, Escape(t.Restraint(r.Id)), t.Words(r.Capacity));
            }
        }
        else
        {
            md.AppendLine(Absent(t, s, 0));
        }

        md.AppendLine().Append("## ").AppendLine(t["Heading.Actions"]).AppendLine();
        if (s.Actions is ActionsSection actions)
        {
            Mark(md, t, actions.Confidential);
            foreach (RestraintActions group in actions.ByRestraint)
            {
                md.Append("### ").AppendLine(Escape(t.Restraint(group.Restraint))).AppendLine();
                Header(md, t, "Column.Priority", "Column.Action", "Column.Scope", "Column.Lead", "Column.Period", "Column.RiskFactors");
                foreach (SummaryAction a in group.Actions)
                {
                    Row(md, t.Count(a.Priority), Escape(a.Title), t.Words(a.Scope), Escape(a.LeadInstitution ?? "—"), t.Format("Period", t.Date(a.Start), t.Date(a.End)), string.Join(", ", a.RiskFactors));
                }

                md.AppendLine();
            }
        }
        else
        {
            md.AppendLine(Absent(t, s, 1)).AppendLine();
        }

        md.Append("## ").AppendLine(t["Heading.Training"]).AppendLine();
        if (s.Training is TrainingSection training)
        {
            Mark(md, t, training.Confidential);
            Header(md, t, "Column.Audience", "Column.Planned", "Column.Trained");
            foreach (AudienceReach r in training.Reach)
            {
                Row(md, t.Words(r.Audience), t.Count(r.Planned), t.Count(r.Trained));
            }

            Row(md, $"**{t["Total"]}**", $"**{t.Count(training.Planned)}**", $"**{t.Count(training.Trained)}**");
        }
        else
        {
            md.AppendLine(Absent(t, s, 2));
        }

        md.AppendLine().Append("## ").AppendLine(t["Heading.Resources"]).AppendLine();
        if (s.Resources is ResourcesSection resources)
        {
            Mark(md, t, resources.Confidential);
            Header(md, t, "Column.Source", "Column.Status", "Column.Currency", "Column.Amount");
            foreach (ResourceLine l in resources.Resources)
            {
                Row(md, t.Words(l.Source), t.Words(l.Status), l.Currency, t.Amount(l.Amount));
            }

            md.AppendLine().AppendLine(t["Label.TotalsPerCurrency"]).AppendLine();
            Header(md, t, "Column.Currency", "Column.Planned", "Column.Committed", "Column.Disbursed", "Column.Total");
            foreach (CurrencyTotal total in resources.Totals)
            {
                Row(md, total.Currency, t.Amount(total.Planned), t.Amount(total.Committed), t.Amount(total.Disbursed), t.Amount(total.Total));
            }

            md.AppendLine().AppendLine(t.Format("Label.NationalPriority", t.YesNo(resources.DeclaredNationalPriority))).AppendLine();
            md.AppendLine(t["Label.Legislative"]).AppendLine();
            foreach (Domain.Strategies.Content.LegislativeEngagement e in resources.Legislative)
            {
                md.Append("- ").Append(t.Date(e.Date)).Append(", ").Append(e.Kind is null ? t["Engagement"] : t.Words(e.Kind.Value)).Append(": ").AppendLine(Escape(e.Description ?? string.Empty));
            }

            if (resources.Legislative.Count == 0)
            {
                md.Append("- ").AppendLine(t["NoneRecorded"]);
            }
        }
        else
        {
            md.AppendLine(Absent(t, s, 3));
        }

        md.AppendLine().Append("## ").AppendLine(t["Heading.Engagement"]).AppendLine();
        if (s.Engagement is EngagementSection engagement)
        {
            md.AppendLine(t.Format("Label.ConsultedCivilSociety", t.YesNo(engagement.ConsultedCivilSociety))).AppendLine();
            md.AppendLine(t.Format("Label.ConsultedMedia", t.YesNo(engagement.ConsultedMedia))).AppendLine();
            foreach (Domain.Strategies.Content.Partner p in engagement.Partners)
            {
                md.Append("- ").Append(p.Kind is null ? t["Partner"] : t.Words(p.Kind.Value)).Append(": ").AppendLine(Escape(p.Name ?? string.Empty));
            }
        }
        else
        {
            md.AppendLine(t["NothingToShow"]);
        }

        if (s.Comparison is { } comparison)
        {
            md.AppendLine().Append("## ").AppendLine(t["Heading.Comparison"]).AppendLine();
            SummaryComparison.Part part = SummaryComparison.Of(comparison, t);
            foreach (string note in part.Notes)
            {
                md.AppendLine(Escape(note)).AppendLine();
            }

            foreach (SummaryComparison.Table table in part.Tables)
            {
                md.AppendLine(table.Label).AppendLine();
                md.Append("| ").Append(string.Join(" | ", table.Columns)).AppendLine(" |").Append('|').Append(string.Concat(table.Columns.Select(_ => "---|"))).AppendLine();
                foreach (string[] row in table.Rows)
                {
                    Row(md, [.. row.Select(Escape)]);
                }

                md.AppendLine();
            }
        }

        return md.ToString();
    }

    private static void Header(StringBuilder md, SummaryText t, params string[] columns) =>
        md.Append("| ").Append(string.Join(" | ", columns.Select(c => t[c]))).AppendLine(" |")
          .Append('|').Append(string.Concat(columns.Select(_ => "---|"))).AppendLine();

    private static void Row(StringBuilder md, params string[] cells) => md.Append("| ").Append(string.Join(" | ", cells)).AppendLine(" |");

    private static void Mark(StringBuilder md, SummaryText t, bool confidential)
    {
        if (confidential)
        {
            md.Append("> **").Append(t["ConfidentialMark"]).AppendLine("**").AppendLine();
        }
    }

    private static string Absent(SummaryText t, CountrySummary s, int step) => t.Coverage(s.Coverage[step]);

    private static string Escape(string text) => SummaryEscaping.Markdown(text);
}
