using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Summaries;

namespace FocalPoints.Api.Summaries;

/// <summary>Small inline SVG charts where a picture reads faster than a table, labelled in the reader's language. Deterministic: fixed sizes, invariant coordinates.</summary>
internal static class SummaryCharts
{
    private static readonly string[] LevelColours = ["#c8c8c8", "#8fbc8f", "#f0c05a", "#e07b39", "#b3261e"];

    /// <summary>The 14 risk factors, one bar each, length by rating (not applicable = none).</summary>
    public static string RiskProfile(RiskSection risk, SummaryText t)
    {
        const int row = 18;
        const int unit = 60;
        var svg = new StringBuilder();
        int height = (risk.Profile.Count * row) + 24;
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart risk-profile\" role=\"img\" width=\"360\" height=\"{height}\" viewBox=\"0 0 360 {height}\">"));
        svg.Append("<title>").Append(Encode(t["Chart.RiskTitle"])).Append("</title>");
        for (int i = 0; i < risk.Profile.Count; i++)
        {
            FactorRating f = risk.Profile[i];
            int level = SummaryText.Level(f.Rating);
            string rating = Encode(t.Words(f.Rating));
            int y = i * row;
            svg.Append(Inv($"<text x=\"0\" y=\"{y + 13}\" font-size=\"11\">{f.Id}</text>"));
            svg.Append(Inv($"<rect x=\"40\" y=\"{y + 3}\" width=\"{Math.Max(level * unit, 2)}\" height=\"12\" fill=\"{LevelColours[level]}\"><title>{f.Id}: {rating}</title></rect>"));
            svg.Append(Inv($"<text x=\"{48 + (level * unit)}\" y=\"{y + 13}\" font-size=\"10\">{rating}</text>"));
        }

        string legend = Encode(string.Join(" · ", new[] { RiskRating.Low, RiskRating.Moderate, RiskRating.High, RiskRating.Severe }.Select(r => t.Words(r))));
        svg.Append(Inv($"<text x=\"40\" y=\"{height - 6}\" font-size=\"10\">{legend}</text></svg>"));
        return svg.ToString();
    }

    /// <summary>Planned and trained officials per audience, side by side.</summary>
    public static string TrainingReach(TrainingSection training, SummaryText t)
    {
        const int row = 30;
        long max = Math.Max(1, training.Reach.Select(r => Math.Max(r.Planned, r.Trained)).DefaultIfEmpty(1).Max());
        int height = (training.Reach.Count * row) + 24;
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart training-reach\" role=\"img\" width=\"420\" height=\"{height}\" viewBox=\"0 0 420 {height}\">"));
        svg.Append("<title>").Append(Encode(t["Chart.TrainingTitle"])).Append("</title>");
        for (int i = 0; i < training.Reach.Count; i++)
        {
            AudienceReach r = training.Reach[i];
            int y = i * row;
            int planned = Bar(r.Planned, max);
            int trained = Bar(r.Trained, max);
            svg.Append(Inv($"<text x=\"0\" y=\"{y + 12}\" font-size=\"11\">{Encode(t.Words(r.Audience))}</text>"));
            svg.Append(Inv($"<rect x=\"120\" y=\"{y + 2}\" width=\"{Math.Max(planned, 1)}\" height=\"10\" fill=\"#9db4d6\"><title>{Encode(t.Format("Chart.Planned", t.Count(r.Planned)))}</title></rect>"));
            svg.Append(Inv($"<rect x=\"120\" y=\"{y + 14}\" width=\"{Math.Max(trained, 1)}\" height=\"10\" fill=\"#1f4e8c\"><title>{Encode(t.Format("Chart.Trained", t.Count(r.Trained)))}</title></rect>"));
            svg.Append(Inv($"<text x=\"{128 + Math.Max(planned, trained)}\" y=\"{y + 20}\" font-size=\"10\">{t.Count(r.Trained)} / {t.Count(r.Planned)}</text>"));
        }

        svg.Append(Inv($"<text x=\"120\" y=\"{height - 6}\" font-size=\"10\">{Encode(t["Chart.TrainingLegend"])}</text></svg>"));
        return svg.ToString();
    }

    /// <summary>A bar's length out of 240 pixels, in floating point so that no count can overflow it.</summary>
    private static int Bar(long value, long max) => (int)Math.Round(Math.Clamp((double)value / max, 0, 1) * 240);

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Encode(string text) => Encoder.Encode(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
