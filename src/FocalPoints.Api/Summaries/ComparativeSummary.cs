using System.Globalization;
using System.Text;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Summaries;

namespace FocalPoints.Api.Summaries;

/// <summary>
/// The comparative summary of a peer-review cohort: the countries side by side on the same headings —
/// for each step a country shares, what it plans (the factors and restraints by name, the actions by
/// title under their restraint, training reach by audience, resources, political support), not only
/// counts — then each country's numbered recommendations and response. Rows are computed once and rendered
/// as Markdown or HTML, so both say the same, in the reader's language. Countries are in code order;
/// everything else sorted.
/// </summary>
public static class ComparativeSummary
{
    private const string Style = "body{font-family:'Segoe UI',Arial,sans-serif;margin:2rem;color:#1b1b1b}table{border-collapse:collapse}th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:start;vertical-align:top}@media print{body{margin:0}table{break-inside:avoid}}";

    public static IReadOnlyList<(string Heading, string[] Cells)> Rows(IReadOnlyList<CountrySummary> countries, FollowUps outcomes, CultureInfo reader) =>
        Rows(countries, outcomes, new SummaryText(reader));

    public static string Markdown(PeerReviewSession session, IReadOnlyList<CountrySummary> countries, FollowUps outcomes, DateOnly generatedOn, SummaryAudience audience, CultureInfo reader)
    {
        var t = new SummaryText(reader);
        var md = new StringBuilder();
        md.Append("# ").AppendLine(t.Format("Comparative.Title", Escape(session.Title))).AppendLine();
        md.AppendLine(Heading(t, session, generatedOn)).AppendLine();
        md.Append('_').Append(AudienceLine(t, audience)).AppendLine("_").AppendLine();
        md.Append("| | ").Append(string.Join(" | ", countries.Select(c => Escape(t.Country(c))))).AppendLine(" |");
        md.Append("|---|").Append(string.Concat(countries.Select(_ => "---|"))).AppendLine();
        foreach ((string heading, string[] cells) in Rows(countries, outcomes, t))
        {
            md.Append("| ").Append(heading).Append(" | ").Append(string.Join(" | ", cells.Select(Escape))).AppendLine(" |");
        }

        foreach (CountrySummary c in countries)
        {
            md.AppendLine().Append("## ").AppendLine(Escape(t.Country(c))).AppendLine();
            foreach (Recommendation r in outcomes.Recommendations.Where(r => r.Country == c.Country))
            {
                md.Append(r.Number).Append(". ").Append(Escape(Bidi.Isolate(r.Text))).Append(" — ").AppendLine(FollowUp(t, r));
            }

            CountryResponse? response = outcomes.Responses.FirstOrDefault(r => r.Country == c.Country);
            md.AppendLine().AppendLine(t.Format("Comparative.Response", response is null ? t["Comparative.NoResponse"] : Escape(Bidi.Isolate(response.Text))));
        }

        return md.ToString();
    }

    public static string Html(PeerReviewSession session, IReadOnlyList<CountrySummary> countries, FollowUps outcomes, DateOnly generatedOn, SummaryAudience audience, CultureInfo reader)
    {
        var t = new SummaryText(reader);
        string title = t.Format("Comparative.Title", Bidi.Isolate(session.Title));
        var html = new StringBuilder();
        html.Append(SummaryHtml.Opening(t, title, Style));
        html.Append("<h1>").Append(E(title)).Append("</h1><p>").Append(E(Heading(t, session, generatedOn))).Append("</p><p><em>").Append(E(AudienceLine(t, audience))).Append("</em></p>");
        html.Append("<table class=\"comparison\"><tr><th></th>").Append(string.Concat(countries.Select(c => $"<th>{E(t.Country(c))}</th>"))).Append("</tr>");
        foreach ((string heading, string[] cells) in Rows(countries, outcomes, t))
        {
            html.Append("<tr><th>").Append(E(heading)).Append("</th>").Append(string.Concat(cells.Select(c => $"<td>{E(c)}</td>"))).Append("</tr>");
        }

        html.Append("</table>");
        foreach (CountrySummary c in countries)
        {
            html.Append("<h2>").Append(E(t.Country(c))).Append("</h2><ol>");
            foreach (Recommendation r in outcomes.Recommendations.Where(r => r.Country == c.Country))
            {
                html.Append("<li value=\"").Append(r.Number).Append("\">").Append(E($"{Bidi.Isolate(r.Text)} — {FollowUp(t, r)}")).Append("</li>");
            }

            CountryResponse? response = outcomes.Responses.FirstOrDefault(r => r.Country == c.Country);
            html.Append("</ol><p>").Append(E(t.Format("Comparative.Response", response is null ? t["Comparative.NoResponse"] : Bidi.Isolate(response.Text)))).Append("</p>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static (string Heading, string[] Cells)[] Rows(IReadOnlyList<CountrySummary> countries, FollowUps outcomes, SummaryText t)
    {
        string[] Cells(Func<CountrySummary, string> cell) => countries.Select(cell).ToArray();
        string Shown<T>(CountrySummary c, T? section, int step, Func<T, string> cell)
            where T : class => section is null ? Short(t, c.Coverage[step]) : cell(section);
        string Join(IEnumerable<string> items)
        {
            string joined = string.Join(", ", items);
            return joined.Length == 0 ? t["None"] : joined;
        }

        return
        [
            .. Domain.Strategies.StrategySteps.InOrder.Select(step => (t.StepTitle(step), Cells(c => Short(t, c.Coverage[(int)step])))),
            (t["Row.HighOrSevere"], Cells(c => Shown(c, c.Risk, 0, r => Join(r.HighOrSevere.Select(f => $"{f.Id} ({t.Words(f.Rating)})"))))),
            (t["Row.WeakRestraints"], Cells(c => Shown(c, c.Risk, 0, r => Join(r.Restraints.Where(x => x.Capacity is Capacity.Weak or Capacity.Absent).Select(x => $"{t.Restraint(x.Id)} ({t.Words(x.Capacity)})"))))),
            (t["Row.Actions"], Cells(c => Shown(c, c.Actions, 1, a => Join(a.ByRestraint.Select(g =>
                $"{g.Restraint}: {string.Join("; ", g.Actions.Select(x => $"{t.Count(x.Priority)}. {Bidi.Isolate(x.Title)}"))}"))))),
            (t["Row.Trained"], Cells(c => Shown(c, c.Training, 2, tr => Join([
                .. tr.Reach.Select(r => t.Format("Comparative.Reach", t.Words(r.Audience), t.Count(r.Trained), t.Count(r.Planned))),
                t.Format("Comparative.TotalReach", t.Count(tr.Trained), t.Count(tr.Planned)),
            ])))),
            (t["Row.Resources"], Cells(c => Shown(c, c.Resources, 3, r => Join(r.Totals.Select(total =>
                t.Format("Comparative.CurrencyTotal", total.Currency, t.Amount(total.Total), t.Amount(total.Committed), t.Amount(total.Disbursed))))))),
            (t["Row.NationalPriority"], Cells(c => Shown(c, c.Resources, 3, r => t.YesNo(r.DeclaredNationalPriority)))),
            (t["Row.Legislative"], Cells(c => Shown(c, c.Resources, 3, r => r.Legislative.Count == 0 ? t["None"] : Join(r.Legislative.Select(l => $"{(l.Kind is { } kind ? t.Words(kind) : t["Engagement"])} {t.Date(l.Date)}: {Bidi.Isolate(l.Description)}"))))),
            (t["Row.Consulted"], Cells(c => c.Engagement is null ? "—" : $"{t.YesNo(c.Engagement.ConsultedCivilSociety)} / {t.YesNo(c.Engagement.ConsultedMedia)}")),
            (t["Row.Recommendations"], Cells(c =>
                $"{t.Count(outcomes.Recommendations.Count(r => r.Country == c.Country && r.Status == RecommendationStatus.Accepted))} / {t.Count(outcomes.Recommendations.Count(r => r.Country == c.Country && r.Status == RecommendationStatus.Noted))}")),
        ];
    }

    private static string FollowUp(SummaryText t, Recommendation r) => t.Format("Comparative.FollowUp", t.Words(r.Status), t.Date(r.FollowUpBy));

    private static string Heading(SummaryText t, PeerReviewSession s, DateOnly generatedOn) => t.Format("Comparative.Heading", t.Date(s.Date), s.CycleId, t.Date(generatedOn));

    private static string AudienceLine(SummaryText t, SummaryAudience audience) =>
        t[audience == SummaryAudience.PeerReviewers ? "Comparative.Audience.PeerReviewers" : "Comparative.Audience.Internal"];

    private static string Short(SummaryText t, StepCoverage c) =>
        !c.Approved ? t["Comparative.NotApproved"] : !c.Shown ? t["Comparative.NotShared"] : t.Format("Comparative.Approved", t.Words(c.Sharing!.Value));

    private static string E(string text) => SummaryEscaping.Html(text);

    private static string Escape(string text) => SummaryEscaping.Markdown(text);
}
