using System.Text;
using FocalPoints.Domain.Summaries;

namespace FocalPoints.Api.Summaries;

/// <summary>A country summary as a print-ready HTML page (a coordinator prints it to PDF from the browser).</summary>
public static class SummaryHtml
{
    private const string Style = """
        body{font-family:'Segoe UI',Arial,sans-serif;color:#1b1b1b;max-width:52rem;margin:2rem auto;line-height:1.45}
        h1{font-size:1.6rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
        table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
        .confidential{border:2px solid #b3261e;color:#b3261e;padding:.3rem .6rem;font-weight:600}
        .muted{color:#666}.chart{display:block;margin:.5rem 0}
        @media print{body{margin:0;max-width:none}h2{break-after:avoid}table,svg{break-inside:avoid}a{color:inherit;text-decoration:none}}
        """;

    public static string Render(CountrySummary s)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(SummaryText.Title(s))).Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>").Append(E(SummaryText.Title(s))).Append("</h1>");
        html.Append("<p class=\"muted\">").Append(E(SummaryText.Subtitle(s))).Append("</p>");
        html.Append("<p><em>").Append(E(SummaryText.Audience(s))).Append("</em></p>");

        html.Append("<h2>Coverage of the four elements</h2><table><tr><th>Step</th><th>Status</th></tr>");
        foreach (StepCoverage c in s.Coverage)
        {
            html.Append("<tr><td>").Append(E(SummaryText.StepTitle(c.Step))).Append("</td><td>").Append(E(SummaryText.Coverage(c))).Append("</td></tr>");
        }

        html.Append("</table><h2>Risk factors and restraints</h2>");
        if (s.Risk is RiskSection risk)
        {
            Mark(html, risk.Confidential);
            html.Append("<p>Risk factors rated high or severe:</p><table><tr><th>Factor</th><th>Rating</th><th>Trend</th></tr>");
            foreach (FactorRating f in risk.HighOrSevere)
            {
                html.Append("<tr><td>").Append(E($"{f.Id} {f.Title}")).Append("</td><td>").Append(E(SummaryText.Words(f.Rating))).Append("</td><td>").Append(E(SummaryText.Trend(f.Trend))).Append("</td></tr>");
            }

            if (risk.HighOrSevere.Count == 0)
            {
                html.Append("<tr><td colspan=\"3\">none</td></tr>");
            }

            html.Append("</table><p>Risk profile across the 14 factors:</p>").Append(SummaryCharts.RiskProfile(risk));
            html.Append("<p>Restraints by capacity:</p><table><tr><th>Restraint</th><th>Capacity</th></tr>");
            foreach (RestraintCapacity r in risk.Restraints)
            {
                html.Append("<tr><td>").Append(E($"{r.Id} {r.Title}")).Append("</td><td>").Append(E(SummaryText.Words(r.Capacity))).Append("</td></tr>");
            }

            html.Append("</table>");
        }
        else
        {
            Absent(html, s, 0);
        }

        html.Append("<h2>Prioritised actions by restraint</h2>");
        if (s.Actions is ActionsSection actions)
        {
            Mark(html, actions.Confidential);
            foreach (RestraintActions group in actions.ByRestraint)
            {
                html.Append("<h3>").Append(E($"{group.Restraint} {group.Title}")).Append("</h3><table><tr><th>Priority</th><th>Action</th><th>Scope</th><th>Lead</th><th>Period</th><th>Risk factors</th></tr>");
                foreach (SummaryAction a in group.Actions)
                {
                    html.Append("<tr><td>").Append(a.Priority).Append("</td><td>").Append(E(a.Title)).Append("</td><td>").Append(E(SummaryText.Words(a.Scope)))
                        .Append("</td><td>").Append(E(a.LeadInstitution ?? "—")).Append("</td><td>").Append(E($"{SummaryText.Date(a.Start)} to {SummaryText.Date(a.End)}"))
                        .Append("</td><td>").Append(E(string.Join(", ", a.RiskFactors))).Append("</td></tr>");
                }

                html.Append("</table>");
            }
        }
        else
        {
            Absent(html, s, 1);
        }

        html.Append("<h2>Training reach</h2>");
        if (s.Training is TrainingSection training)
        {
            Mark(html, training.Confidential);
            html.Append(SummaryCharts.TrainingReach(training)).Append("<table><tr><th>Audience</th><th>Planned</th><th>Trained</th></tr>");
            foreach (AudienceReach r in training.Reach)
            {
                html.Append("<tr><td>").Append(E(SummaryText.Words(r.Audience))).Append("</td><td>").Append(r.Planned).Append("</td><td>").Append(r.Trained).Append("</td></tr>");
            }

            html.Append("<tr><th>total</th><th>").Append(training.Planned).Append("</th><th>").Append(training.Trained).Append("</th></tr></table>");
        }
        else
        {
            Absent(html, s, 2);
        }

        html.Append("<h2>Resources and political support</h2>");
        if (s.Resources is ResourcesSection resources)
        {
            Mark(html, resources.Confidential);
            html.Append("<table><tr><th>Source</th><th>Status</th><th>Currency</th><th>Amount</th></tr>");
            foreach (ResourceLine l in resources.Resources)
            {
                html.Append("<tr><td>").Append(E(SummaryText.Words(l.Source))).Append("</td><td>").Append(E(SummaryText.Words(l.Status))).Append("</td><td>").Append(E(l.Currency))
                    .Append("</td><td>").Append(SummaryText.Amount(l.Amount)).Append("</td></tr>");
            }

            html.Append("</table><p>Totals per currency:</p><table><tr><th>Currency</th><th>Planned</th><th>Committed</th><th>Disbursed</th><th>Total</th></tr>");
            foreach (CurrencyTotal t in resources.Totals)
            {
                html.Append("<tr><td>").Append(E(t.Currency)).Append("</td><td>").Append(SummaryText.Amount(t.Planned)).Append("</td><td>").Append(SummaryText.Amount(t.Committed))
                    .Append("</td><td>").Append(SummaryText.Amount(t.Disbursed)).Append("</td><td>").Append(SummaryText.Amount(t.Total)).Append("</td></tr>");
            }

            html.Append("</table><p>Prevention declared a national priority: ").Append(E(SummaryText.YesNo(resources.DeclaredNationalPriority))).Append("</p><p>Legislative engagement:</p><ul>");
            foreach (Domain.Strategies.Content.LegislativeEngagement e in resources.Legislative)
            {
                html.Append("<li>").Append(E($"{SummaryText.Date(e.Date)}, {(e.Kind is null ? "engagement" : SummaryText.Words(e.Kind.Value))}: {e.Description}")).Append("</li>");
            }

            if (resources.Legislative.Count == 0)
            {
                html.Append("<li>none recorded</li>");
            }

            html.Append("</ul>");
        }
        else
        {
            Absent(html, s, 3);
        }

        html.Append("<h2>Civil society and media</h2>");
        if (s.Engagement is EngagementSection engagement)
        {
            html.Append("<p>Civil society consulted in the risk assessment: ").Append(E(SummaryText.YesNo(engagement.ConsultedCivilSociety))).Append("</p>");
            html.Append("<p>Media consulted in the risk assessment: ").Append(E(SummaryText.YesNo(engagement.ConsultedMedia))).Append("</p><ul>");
            foreach (Domain.Strategies.Content.Partner p in engagement.Partners)
            {
                html.Append("<li>").Append(E($"{(p.Kind is null ? "partner" : SummaryText.Words(p.Kind.Value))}: {p.Name}")).Append("</li>");
            }

            html.Append("</ul>");
        }
        else
        {
            html.Append("<p>Nothing to show.</p>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static void Mark(StringBuilder html, bool confidential)
    {
        if (confidential)
        {
            html.Append("<p class=\"confidential\">").Append(E(SummaryText.ConfidentialMark)).Append("</p>");
        }
    }

    private static void Absent(StringBuilder html, CountrySummary s, int step) =>
        html.Append("<p class=\"muted\">").Append(E(SummaryText.Coverage(s.Coverage[step]))).Append("</p>");

    // Letters of every script stay as they are (Côte d'Ivoire, not C&#244;te); markup characters are encoded.
    private static string E(string text) => SummaryEscaping.Html(text);
}
