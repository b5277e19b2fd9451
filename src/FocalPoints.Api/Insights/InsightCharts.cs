using System.Globalization;
using System.Text;
using FocalPoints.Api.Summaries;
using FocalPoints.Domain.Insights;

namespace FocalPoints.Api.Insights;

/// <summary>The insights' chart, in the summaries' SVG style: one bar per risk factor, the network's count; a withheld figure is a grey stub with its words.</summary>
internal static class InsightCharts
{
    public static string RiskFactors(InsightTable table, int minimum, InsightText t)
    {
        const int row = 18;
        int max = Math.Max(1, table.Rows.Select(r => r.Network ?? 0).DefaultIfEmpty(1).Max());
        int height = (table.Rows.Count * row) + 8;
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart insight-risk\" direction=\"ltr\" role=\"img\" width=\"420\" height=\"{height}\" viewBox=\"0 0 420 {height}\">"));
        svg.Append("<title>").Append(SummaryEscaping.Html(t["Chart.Title"])).Append("</title>");
        for (int i = 0; i < table.Rows.Count; i++)
        {
            InsightRow r = table.Rows[i];
            int y = i * row;
            string label = SummaryEscaping.Html(r.Network is int n ? t.Summary.Count(n) : t.Format("Chart.Withheld", minimum));
            int width = r.Network is int count ? (int)Math.Round(240.0 * count / max) : 0;
            svg.Append(Inv($"<text x=\"0\" y=\"{y + 13}\" font-size=\"11\">{SummaryEscaping.Html(r.Subject)}</text>"));
            svg.Append(Inv($"<rect x=\"40\" y=\"{y + 3}\" width=\"{Math.Max(width, 2)}\" height=\"12\" fill=\"{(r.Network is null ? "#c8c8c8" : "#b3261e")}\"><title>{SummaryEscaping.Html(r.Subject)}: {label}</title></rect>"));
            svg.Append(Inv($"<text x=\"{48 + width}\" y=\"{y + 13}\" font-size=\"10\">{label}</text>"));
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
