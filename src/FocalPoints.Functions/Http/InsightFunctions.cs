using FocalPoints.Api.Handlers;
using FocalPoints.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FocalPoints.Functions.Http;

/// <summary>HTTP triggers of the network insights; each delegates to <see cref="InsightHandlers"/>.</summary>
public sealed class InsightFunctions(InsightHandlers handlers)
{
    [Function(nameof(GetInsights))]
    public Task<IActionResult> GetInsights([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Insights.FunctionRoute)] HttpRequest request, string cycleId) =>
        handlers.GetInsightsAsync(request.HttpContext, cycleId).AsAction();

    [Function(nameof(GetInsightsCsv))]
    public Task<IActionResult> GetInsightsCsv([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.InsightsCsv.FunctionRoute)] HttpRequest request, string cycleId) =>
        handlers.GetCsvAsync(request.HttpContext, cycleId).AsAction();

    [Function(nameof(GetInsightsReport))]
    public Task<IActionResult> GetInsightsReport([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.InsightsReport.FunctionRoute)] HttpRequest request, string cycleId) =>
        handlers.GetReportAsync(request.HttpContext, cycleId).AsAction();
}
