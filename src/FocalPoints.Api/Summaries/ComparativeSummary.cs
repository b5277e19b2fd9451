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
/// as Markdown or HTML, so both say the same. Countries are in code order; everything else sorted.
/// </summary>
public static class ComparativeSummary
{
    public static IReadOnlyList<(string Heading, string[] Cells)> Rows(IReadOnlyList<CountrySummary> countries, FollowUps outcomes)
    {
        string[] Cells(Func<CountrySummary, string> cell) => countries.Select(cell).ToArray();
        string Shown<T>(CountrySummary c, T? section, int step, Func<T, string> cell)
            where T : class => section is null ? Short(c.Coverage[step]) : cell(section);

        return
        [
            .. Domain.Strategies.StrategySteps.InOrder.Select(step => (SummaryText.StepTitle(step), Cells(c => Short(c.Coverage[(int)step])))),
            ("Risk factors rated high or severe", Cells(c => Shown(c, c.Risk, 0, r => Join(r.HighOrSevere.Select(f => $"{f.Id} ({SummaryText.Words(f.Rating)})"))))),
            ("Weak or absent restraints", Cells(c => Shown(c, c.Risk, 0, r => Join(r.Restraints.Where(x => x.Capacity is Capacity.Weak or Capacity.Absent).Select(x => $"{x.Id} {x.Title} ({SummaryText.Words(x.Capacity)})"))))),
            ("Prioritised actions by restraint", Cells(c => Shown(c, c.Actions, 1, a => Join(a.ByRestraint.Select(g =>
                $"{g.Restraint}: {string.Join("; ", g.Actions.Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Priority}. {x.Title}")))}"))))),
            ("Officials trained / planned", Cells(c => Shown(c, c.Training, 2, t => Join([
                .. t.Reach.Select(r => string.Create(CultureInfo.InvariantCulture, $"{SummaryText.Words(r.Audience)} {r.Trained} / {r.Planned}")),
                string.Create(CultureInfo.InvariantCulture, $"total {t.Trained} / {t.Planned}"),
            ])))),
            ("Resources, total per currency", Cells(c => Shown(c, c.Resources, 3, r => Join(r.Totals.Select(t =>
                $"{t.Currency} {SummaryText.Amount(t.Total)} (committed {SummaryText.Amount(t.Committed)}, disbursed {SummaryText.Amount(t.Disbursed)})"))))),
            ("Declared a national priority", Cells(c => Shown(c, c.Resources, 3, r => SummaryText.YesNo(r.DeclaredNationalPriority)))),
            ("Legislative engagements", Cells(c => Shown(c, c.Resources, 3, r => r.Legislative.Count == 0 ? "none" : Join(r.Legislative.Select(l => $"{(l.Kind is { } kind ? SummaryText.Words(kind) : "engagement")} {SummaryText.Date(l.Date)}: {l.Description}"))))),
            ("Civil society / media consulted", Cells(c => c.Engagement is null ? "—" : $"{SummaryText.YesNo(c.Engagement.ConsultedCivilSociety)} / {SummaryText.YesNo(c.Engagement.ConsultedMedia)}")),
            ("Recommendations accepted / noted", Cells(c => string.Create(CultureInfo.InvariantCulture,
                $"{outcomes.Recommendations.Count(r => r.Country == c.Country && r.Status == RecommendationStatus.Accepted)} / {outcomes.Recommendations.Count(r => r.Country == c.Country && r.Status == RecommendationStatus.Noted)}"))),
        ];
    }

    public static string Markdown(PeerReviewSession session, IReadOnlyList<CountrySummary> countries, FollowUps outcomes, DateOnly generatedOn, SummaryAudience audience)
    {
        var md = new StringBuilder();
        md.Append("# Peer review: ").AppendLine(Escape(session.Title)).AppendLine();
        md.AppendLine(Heading(session, generatedOn)).AppendLine();
        md.Append('_').Append(AudienceLine(audience)).AppendLine("_").AppendLine();
        md.Append("| | ").Append(string.Join(" | ", countries.Select(c => Escape(c.CountryName)))).AppendLine(" |");
        md.Append("|---|").Append(string.Concat(countries.Select(_ => "---|"))).AppendLine();
        foreach ((string heading, string[] cells) in Rows(countries, outcomes))
        {
            md.Append("| ").Append(heading).Append(" | ").Append(string.Join(" | ", cells.Select(Escape))).AppendLine(" |");
        }

        foreach (CountrySummary c in countries)
        {
            md.AppendLine().Append("## ").AppendLine(Escape(c.CountryName)).AppendLine();
            foreach (Recommendation r in outcomes.Recommendations.Where(r => r.Country == c.Country))
            {
                md.Append(r.Number).Append(". ").Append(Escape(r.Text)).Append(" — ").Append(SummaryText.Words(r.Status)).Append(", follow-up by ").AppendLine(SummaryText.Date(r.FollowUpBy));
            }

            CountryResponse? response = outcomes.Responses.FirstOrDefault(r => r.Country == c.Country);
            md.AppendLine().Append("Response of the country: ").AppendLine(response is null ? "none yet." : Escape(response.Text));
        }

        return md.ToString();
    }

    public static string Html(PeerReviewSession session, IReadOnlyList<CountrySummary> countries, FollowUps outcomes, DateOnly generatedOn, SummaryAudience audience)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Peer review: ").Append(E(session.Title))
            .Append("</title><style>body{font-family:'Segoe UI',Arial,sans-serif;margin:2rem;color:#1b1b1b}table{border-collapse:collapse}th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}@media print{body{margin:0}table{break-inside:avoid}}</style></head><body>");
        html.Append("<h1>Peer review: ").Append(E(session.Title)).Append("</h1><p>").Append(E(Heading(session, generatedOn))).Append("</p><p><em>").Append(E(AudienceLine(audience))).Append("</em></p>");
        html.Append("<table class=\"comparison\"><tr><th></th>").Append(string.Concat(countries.Select(c => $"<th>{E(c.CountryName)}</th>"))).Append("</tr>");
        foreach ((string heading, string[] cells) in Rows(countries, outcomes))
        {
            html.Append("<tr><th>").Append(E(heading)).Append("</th>").Append(string.Concat(cells.Select(c => $"<td>{E(c)}</td>"))).Append("</tr>");
        }

        html.Append("</table>");
        foreach (CountrySummary c in countries)
        {
            html.Append("<h2>").Append(E(c.CountryName)).Append("</h2><ol>");
            foreach (Recommendation r in outcomes.Recommendations.Where(r => r.Country == c.Country))
            {
                html.Append("<li value=\"").Append(r.Number).Append("\">").Append(E($"{r.Text} — {SummaryText.Words(r.Status)}, follow-up by {SummaryText.Date(r.FollowUpBy)}")).Append("</li>");
            }

            CountryResponse? response = outcomes.Responses.FirstOrDefault(r => r.Country == c.Country);
            html.Append("</ol><p>Response of the country: ").Append(E(response is null ? "none yet." : response.Text)).Append("</p>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static string Heading(PeerReviewSession s, DateOnly generatedOn) => string.Create(
        CultureInfo.InvariantCulture,
        $"Session of {s.Date:yyyy-MM-dd} on cycle {s.CycleId}. Generated on {generatedOn:yyyy-MM-dd} from approved submissions. Non-attributive.");

    private static string AudienceLine(SummaryAudience audience) => audience == SummaryAudience.PeerReviewers
        ? "Only what each country shares with the network."
        : "Coordinators' edition: includes content the countries keep confidential.";

    private static string Short(StepCoverage c) =>
        !c.Approved ? "not approved" : !c.Shown ? "not shared" : $"approved ({Domain.JsonNaming.CamelCase(c.Sharing!.Value.ToString())})";

    private static string Join(IEnumerable<string> items)
    {
        string joined = string.Join(", ", items);
        return joined.Length == 0 ? "none" : joined;
    }

    private static string E(string text) => SummaryEscaping.Html(text);

    private static string Escape(string text) => SummaryEscaping.Markdown(text);
}
