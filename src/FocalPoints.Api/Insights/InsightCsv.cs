using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.Configuration.Attributes;
using FocalPoints.Domain;
using FocalPoints.Domain.Insights;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Api.Insights;

/// <summary>
/// The network insights as CSV, one figure a line (topic, step, subject, category, where, countries), in the
/// API's codes (camelCase) so that a spreadsheet can pivot it; a withheld figure has no count and
/// <c>withheld</c> true.
/// </summary>
public static class InsightCsv
{
    private static readonly CsvConfiguration Csv = new(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape };

    public static byte[] Write(NetworkInsights insights)
    {
        IEnumerable<FigureLine> lines =
        [
            .. insights.Sharing.SelectMany(r => Lines(insights, "sharing", r.Subject, r)),
            .. insights.Tables.SelectMany(t => t.Rows.SelectMany(r => Lines(insights, JsonNaming.CamelCase(t.Topic.ToString()), t.Step.ToJsonName(), r))),
        ];
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, Csv))
        {
            csv.WriteRecords(lines);
        }

        return buffer.ToArray();
    }

    private static IEnumerable<FigureLine> Lines(NetworkInsights insights, string topic, string step, InsightRow row) =>
        row.Groups
            .Select((figure, g) => Line(topic, step, row, JsonNaming.CamelCase(insights.Groups[g].ToString()), figure))
            .Append(Line(topic, step, row, "network", row.Network));

    private static FigureLine Line(string topic, string step, InsightRow row, string where, int? figure) =>
        new(topic, step, row.Subject, row.Category, where, figure, figure is null);

    private sealed record FigureLine(
        [property: Name("topic")] string Topic,
        [property: Name("step")] string Step,
        [property: Name("subject")] string Subject,
        [property: Name("category")] string Category,
        [property: Name("regionalGroup")] string RegionalGroup,
        [property: Name("countries")] int? Countries,
        [property: Name("withheld")] bool Withheld);
}
