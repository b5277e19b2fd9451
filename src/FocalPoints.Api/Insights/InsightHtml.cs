using System.Globalization;
using System.Text;
using FocalPoints.Api.Summaries;
using FocalPoints.Domain.Insights;

namespace FocalPoints.Api.Insights;

/// <summary>
/// The network insights as a print-ready HTML page in the reader's language (<c>lang</c>, <c>dir="rtl"</c> for
/// Arabic), with the summaries' style: one table per topic, columns the regional groups (coordinators) and the
/// network, a withheld figure in words ("fewer than 5 countries"), and a chart of the risk factors.
/// </summary>
public static class InsightHtml
{
    public static string Render(NetworkInsights insights, CultureInfo reader)
    {
        var t = new InsightText(reader);
        string title = t.Format("Title", insights.CycleTitle);
        var html = new StringBuilder();
        html.Append(SummaryHtml.Opening(t.Summary, title, SummaryHtml.Style + ".withheld{color:#666;font-style:italic}td.n{text-align:end}"));
        html.Append("<h1>").Append(E(title)).Append("</h1>");
        html.Append("<p class=\"muted\">").Append(E(t.Format("Subtitle", insights.CycleId, t.Summary.Date(insights.GeneratedOn)))).Append("</p>");
        html.Append("<p><em>").Append(E(t[insights.Form == InsightsForm.Full ? "Audience.Full" : "Audience.Brief"])).Append("</em></p>");
        html.Append("<p>").Append(E(t.Format("Rule", insights.MinimumCountries))).Append("</p>");

        html.Append("<h2>").Append(E(t["Heading.Sharing"])).Append("</h2><table>").Append(Header(t, insights, withCategory: false));
        foreach (InsightRow row in insights.Sharing)
        {
            Row(html, t, insights, t.Step(row.Subject), null, row);
        }

        html.Append("</table>");
        foreach (InsightTable table in insights.Tables)
        {
            bool categories = table.Rows.Select(r => r.Category).Distinct().Count() > 1;
            html.Append("<h2>").Append(E(t[$"Heading.{table.Topic}"])).Append("</h2>");
            if (table.Topic == InsightTopic.RiskFactors)
            {
                html.Append(InsightCharts.RiskFactors(table, insights.MinimumCountries, t));
            }

            html.Append("<table>").Append(Header(t, insights, categories));
            foreach (InsightRow row in table.Rows)
            {
                Row(html, t, insights, t.Subject(table.Topic, row.Subject), categories ? t.Category(row.Category) : null, row);
            }

            html.Append("</table>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static string Header(InsightText t, NetworkInsights insights, bool withCategory)
    {
        IEnumerable<string> columns = [t["Column.Subject"], .. withCategory ? [t["Figure"]] : Array.Empty<string>(), .. insights.Groups.Select(t.Group), t["Network"]];
        return "<tr>" + string.Concat(columns.Select(c => $"<th>{E(c)}</th>")) + "</tr>";
    }

    private static void Row(StringBuilder html, InsightText t, NetworkInsights insights, string subject, string? category, InsightRow row)
    {
        html.Append("<tr><td>").Append(E(subject)).Append("</td>");
        if (category is not null)
        {
            html.Append("<td>").Append(E(category)).Append("</td>");
        }

        foreach (int? figure in row.Groups.Append(row.Network))
        {
            html.Append(figure is null ? "<td class=\"n withheld\">" : "<td class=\"n\">").Append(E(t.Figure(figure, insights.MinimumCountries))).Append("</td>");
        }

        html.Append("</tr>");
    }

    private static string E(string text) => SummaryEscaping.Html(text);
}
