using FocalPoints.Api.Http;
using FocalPoints.Api.Insights;
using FocalPoints.Api.Summaries;
using FocalPoints.Application.Insights;
using FocalPoints.Application.Outcomes;
using FocalPoints.Domain.Insights;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoints.Api.Handlers;

/// <summary>A cycle's network insights: JSON, CSV and a printable HTML report (coordinators in full, focal points in brief).</summary>
public sealed class InsightHandlers(CallerOptions callers, ReadNetworkInsights readInsights)
{
    public async Task<Results<Ok<NetworkInsights>, ProblemHttpResult>> GetInsightsAsync(HttpContext http, string cycleId) =>
        (await ReadAsync(http, cycleId)).ToResult(TypedResults.Ok);

    public async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetCsvAsync(HttpContext http, string cycleId) =>
        (await ReadAsync(http, cycleId)).ToResult(insights => TypedResults.File(InsightCsv.Write(insights), "text/csv; charset=utf-8", $"insights-{cycleId}.csv"));

    public async Task<Results<ContentHttpResult, ProblemHttpResult>> GetReportAsync(HttpContext http, string cycleId) =>
        (await ReadAsync(http, cycleId)).ToResult(insights => TypedResults.Text(InsightHtml.Render(insights, ReaderLanguage.Of(http.Request)), "text/html; charset=utf-8"));

    private Task<Outcome<NetworkInsights>> ReadAsync(HttpContext http, string cycleId) =>
        readInsights.ExecuteAsync(callers.Read(http), cycleId, http.RequestAborted);
}
