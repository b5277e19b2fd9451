using System.Globalization;
using System.Text;
using FocalPoints.Domain.Summaries;

namespace FocalPoints.Api.Summaries;

/// <summary>
/// A country summary as a print-ready HTML page (a coordinator prints it to PDF from the browser), in
/// the reader's language: <c>lang</c> on the page, <c>dir="rtl"</c> for Arabic.
/// </summary>
public static class SummaryHtml
{
    // Logical properties (text-align: start), so the same sheet reads right to left.
    internal const string Style = """
        body{font-family:'Segoe UI',Arial,sans-serif;color:#1b1b1b;max-width:52rem;margin:2rem auto;line-height:1.45}
        h1{font-size:1.6rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
        table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:start;vertical-align:top}
        .confidential{border:2px solid #b3261e;color:#b3261e;padding:.3rem .6rem;font-weight:600}
        .muted{color:#666}.chart{display:block;margin:.5rem 0}
        @media print{body{margin:0;max-width:none}h2{break-after:avoid}table,svg{break-inside:avoid}a{color:inherit;text-decoration:none}}
        """;

    public static string Render(CountrySummary s, CultureInfo reader)
    {
        var t = new SummaryText(reader);
        var html = new StringBuilder();
        html.Append(Opening(t, t.Title(s), Style));
        html.Append("<h1>").Append(E(t.Title(s))).Append("</h1>");
        html.Append("<p class=\"muted\">").Append(E(t.Subtitle(s))).Append("</p>");
        html.Append("<p><em>").Append(E(t.Audience(s))).Append("</em></p>");

        html.Append("<h2>").Append(E(t["Heading.Coverage"])).Append("</h2><table>").Append(Header(t, "Column.Step", "Column.Status"));
        foreach (StepCoverage c in s.Coverage)
        {
            html.Append("<tr><td>").Append(E(t.StepTitle(c.Step))).Append("</td><td>").Append(E(t.Coverage(c))).Append("</td></tr>");
        }

        html.Append("</table><h2>").Append(E(t["Heading.Risk"])).Append("</h2>");
        if (s.Risk is RiskSection risk)
        {
            Mark(html, t, risk.Confidential);
            html.Append("<p>").Append(E(t["Label.HighOrSevere"])).Append("</p><table>").Append(Header(t, "Column.Factor", "Column.Rating", "Column.Trend"));
            foreach (FactorRating f in risk.HighOrSevere)
            {
                html.Append("<tr><td>").Append(E(t.Factor(f.Id))).Append("</td><td>").Append(E(t.Words(f.Rating))).Append("</td><td>").Append(E(t.Trend(f.Trend))).Append("</td></tr>");
            }

            if (risk.HighOrSevere.Count == 0)
            {
                html.Append("<tr><td colspan=\"3\">").Append(E(t["None"])).Append("</td></tr>");
            }

            html.Append("</table><p>").Append(E(t["Label.Profile"])).Append("</p>").Append(SummaryCharts.RiskProfile(risk, t));
            html.Append("<p>").Append(E(t["Label.RestraintsByCapacity"])).Append("</p><table>").Append(Header(t, "Column.Restraint", "Column.Capacity"));
            foreach (RestraintCapacity r in risk.Restraints)
            {
                html.Append("<tr><td>").Append(E(t.Restraint(r.Id))).Append("</td><td>").Append(E(t.Words(r.Capacity))).Append("</td></tr>");
            }

            html.Append("</table>");
        }
        else
        {
            Absent(html, t, s, 0);
        }

        html.Append("<h2>").Append(E(t["Heading.Actions"])).Append("</h2>");
        if (s.Actions is ActionsSection actions)
        {
            Mark(html, t, actions.Confidential);
            foreach (RestraintActions group in actions.ByRestraint)
            {
                html.Append("<h3>").Append(E(t.Restraint(group.Restraint))).Append("</h3><table>")
                    .Append(Header(t, "Column.Priority", "Column.Action", "Column.Scope", "Column.Lead", "Column.Period", "Column.RiskFactors"));
                foreach (SummaryAction a in group.Actions)
                {
                    html.Append("<tr><td>").Append(t.Count(a.Priority)).Append("</td><td>").Append(E(Bidi.Isolate(a.Title))).Append("</td><td>").Append(E(t.Words(a.Scope)))
                        .Append("</td><td>").Append(E(a.LeadInstitution is null ? "—" : Bidi.Isolate(a.LeadInstitution))).Append("</td><td>").Append(E(t.Format("Period", t.Date(a.Start), t.Date(a.End))))
                        .Append("</td><td>").Append(E(string.Join(", ", a.RiskFactors))).Append("</td></tr>");
                }

                html.Append("</table>");
            }
        }
        else
        {
            Absent(html, t, s, 1);
        }

        html.Append("<h2>").Append(E(t["Heading.Training"])).Append("</h2>");
        if (s.Training is TrainingSection training)
        {
            Mark(html, t, training.Confidential);
            html.Append(SummaryCharts.TrainingReach(training, t)).Append("<table>").Append(Header(t, "Column.Audience", "Column.Planned", "Column.Trained"));
            foreach (AudienceReach r in training.Reach)
            {
                html.Append("<tr><td>").Append(E(t.Words(r.Audience))).Append("</td><td>").Append(t.Count(r.Planned)).Append("</td><td>").Append(t.Count(r.Trained)).Append("</td></tr>");
            }

            html.Append("<tr><th>").Append(E(t["Total"])).Append("</th><th>").Append(t.Count(training.Planned)).Append("</th><th>").Append(t.Count(training.Trained)).Append("</th></tr></table>");
        }
        else
        {
            Absent(html, t, s, 2);
        }

        html.Append("<h2>").Append(E(t["Heading.Resources"])).Append("</h2>");
        if (s.Resources is ResourcesSection resources)
        {
            Mark(html, t, resources.Confidential);
            html.Append("<table>").Append(Header(t, "Column.Source", "Column.Status", "Column.Currency", "Column.Amount"));
            foreach (ResourceLine l in resources.Resources)
            {
                html.Append("<tr><td>").Append(E(t.Words(l.Source))).Append("</td><td>").Append(E(t.Words(l.Status))).Append("</td><td>").Append(E(l.Currency))
                    .Append("</td><td>").Append(E(t.Amount(l.Amount))).Append("</td></tr>");
            }

            html.Append("</table><p>").Append(E(t["Label.TotalsPerCurrency"])).Append("</p><table>")
                .Append(Header(t, "Column.Currency", "Column.Planned", "Column.Committed", "Column.Disbursed", "Column.Total"));
            foreach (CurrencyTotal total in resources.Totals)
            {
                html.Append("<tr><td>").Append(E(total.Currency)).Append("</td><td>").Append(E(t.Amount(total.Planned))).Append("</td><td>").Append(E(t.Amount(total.Committed)))
                    .Append("</td><td>").Append(E(t.Amount(total.Disbursed))).Append("</td><td>").Append(E(t.Amount(total.Total))).Append("</td></tr>");
            }

            html.Append("</table><p>").Append(E(t.Format("Label.NationalPriority", t.YesNo(resources.DeclaredNationalPriority)))).Append("</p><p>").Append(E(t["Label.Legislative"])).Append("</p><ul>");
            foreach (Domain.Strategies.Content.LegislativeEngagement e in resources.Legislative)
            {
                html.Append("<li>").Append(E($"{t.Date(e.Date)}, {(e.Kind is null ? t["Engagement"] : t.Words(e.Kind.Value))}: {Bidi.Isolate(e.Description)}")).Append("</li>");
            }

            if (resources.Legislative.Count == 0)
            {
                html.Append("<li>").Append(E(t["NoneRecorded"])).Append("</li>");
            }

            html.Append("</ul>");
        }
        else
        {
            Absent(html, t, s, 3);
        }

        html.Append("<h2>").Append(E(t["Heading.Engagement"])).Append("</h2>");
        if (s.Engagement is EngagementSection engagement)
        {
            html.Append("<p>").Append(E(t.Format("Label.ConsultedCivilSociety", t.YesNo(engagement.ConsultedCivilSociety)))).Append("</p>");
            html.Append("<p>").Append(E(t.Format("Label.ConsultedMedia", t.YesNo(engagement.ConsultedMedia)))).Append("</p><ul>");
            foreach (Domain.Strategies.Content.Partner p in engagement.Partners)
            {
                html.Append("<li>").Append(E($"{(p.Kind is null ? t["Partner"] : t.Words(p.Kind.Value))}: {Bidi.Isolate(p.Name)}")).Append("</li>");
            }

            html.Append("</ul>");
        }
        else
        {
            html.Append("<p>").Append(E(t["NothingToShow"])).Append("</p>");
        }

        if (s.Comparison is { } comparison)
        {
            html.Append("<h2>").Append(E(t["Heading.Comparison"])).Append("</h2>");
            SummaryComparison.Part part = SummaryComparison.Of(comparison, t);
            foreach (string note in part.Notes)
            {
                html.Append("<p>").Append(E(note)).Append("</p>");
            }

            foreach (SummaryComparison.Table table in part.Tables)
            {
                html.Append("<p>").Append(E(table.Label)).Append("</p><table><tr>").Append(string.Concat(table.Columns.Select(c => $"<th>{E(c)}</th>"))).Append("</tr>");
                foreach (string[] row in table.Rows)
                {
                    html.Append("<tr>").Append(string.Concat(row.Select(cell => $"<td>{E(cell)}</td>"))).Append("</tr>");
                }

                html.Append("</table>");
            }
        }

        return html.Append("</body></html>").ToString();
    }

    /// <summary>The document's start: its language and direction, title and style.</summary>
    internal static string Opening(SummaryText t, string title, string style) =>
        $"<!DOCTYPE html><html lang=\"{t.LanguageTag}\" dir=\"{t.Direction}\"><head><meta charset=\"utf-8\"><title>{E(title)}</title><style>{style}</style></head><body>";

    private static string Header(SummaryText t, params string[] columns) =>
        "<tr>" + string.Concat(columns.Select(c => $"<th>{E(t[c])}</th>")) + "</tr>";

    private static void Mark(StringBuilder html, SummaryText t, bool confidential)
    {
        if (confidential)
        {
            html.Append("<p class=\"confidential\">").Append(E(t["ConfidentialMark"])).Append("</p>");
        }
    }

    private static void Absent(StringBuilder html, SummaryText t, CountrySummary s, int step) =>
        html.Append("<p class=\"muted\">").Append(E(t.Coverage(s.Coverage[step]))).Append("</p>");

    // Letters of every script stay as they are (Côte d'Ivoire, not C&#244;te); markup characters are encoded.
    private static string E(string text) => SummaryEscaping.Html(text);
}
