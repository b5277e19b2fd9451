using FocalPoints.Api.Handlers;
using FocalPoints.Contracts;
using FocalPoints.Workflow;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace FocalPoints.Functions.Http;

/// <summary>HTTP triggers of cycles; each delegates to <see cref="CycleHandlers"/>.</summary>
public sealed class CycleFunctions(CycleHandlers handlers, ProgressHandlers progress)
{
    [Function(nameof(ListCycles))]
    public Task<IActionResult> ListCycles([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Cycles.FunctionRoute)] HttpRequest request) =>
        handlers.ListCyclesAsync(request.HttpContext).AsAction();

    [Function(nameof(OpenCycle))]
    public Task<IActionResult> OpenCycle(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Cycles.FunctionRoute)] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        handlers.OpenCycleAsync(request.HttpContext, new StrategyWorkflowClient(client)).AsAction();

    [Function(nameof(GetCycle))]
    public Task<IActionResult> GetCycle([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Cycle.FunctionRoute)] HttpRequest request, string cycleId) =>
        progress.GetCycleAsync(request.HttpContext, cycleId).AsAction();

    [Function(nameof(GetProgressCsv))]
    public Task<IActionResult> GetProgressCsv([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.ProgressCsv.FunctionRoute)] HttpRequest request, string cycleId) =>
        progress.GetCsvAsync(request.HttpContext, cycleId).AsAction();

    [Function(nameof(GetTimeline))]
    public Task<IActionResult> GetTimeline([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Timeline.FunctionRoute)] HttpRequest request, string cycleId, string iso3) =>
        progress.GetTimelineAsync(request.HttpContext, cycleId, iso3).AsAction();

    [Function(nameof(CancelCountry))]
    public Task<IActionResult> CancelCountry(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = ApiRoutes.Strategy.FunctionRoute)] HttpRequest request,
        string cycleId,
        string iso3,
        [DurableClient] DurableTaskClient client) =>
        handlers.CancelCountryAsync(request.HttpContext, cycleId, iso3, new StrategyWorkflowClient(client)).AsAction();
}
