using FocalPoints.Api.Handlers;
using FocalPoints.Contracts;
using FocalPoints.Workflow;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace FocalPoints.Functions.Http;

/// <summary>HTTP triggers of a country's strategy; each delegates to <see cref="StrategyHandlers"/>.</summary>
public sealed class StrategyFunctions(StrategyHandlers handlers, SummaryHandlers summaries)
{
    [Function(nameof(GetStrategy))]
    public Task<IActionResult> GetStrategy([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Strategy.FunctionRoute)] HttpRequest request, string cycleId, string iso3) =>
        handlers.GetStrategyAsync(request.HttpContext, cycleId, iso3).AsAction();

    [Function(nameof(GetCountrySummary))]
    public Task<IActionResult> GetCountrySummary([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.CountrySummary.FunctionRoute)] HttpRequest request, string cycleId, string iso3) =>
        summaries.GetCountrySummaryAsync(request.HttpContext, cycleId, iso3).AsAction();

    [Function(nameof(GetStep))]
    public Task<IActionResult> GetStep([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Step.FunctionRoute)] HttpRequest request, string cycleId, string iso3, string step) =>
        handlers.GetStepAsync(request.HttpContext, cycleId, iso3, step).AsAction();

    [Function(nameof(GetStepVersion))]
    public Task<IActionResult> GetStepVersion([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.StepVersion.FunctionRoute)] HttpRequest request, string cycleId, string iso3, string step, string version) =>
        handlers.GetVersionAsync(request.HttpContext, cycleId, iso3, step, version).AsAction();

    [Function(nameof(PutDraft))]
    public Task<IActionResult> PutDraft([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = ApiRoutes.Draft.FunctionRoute)] HttpRequest request, string cycleId, string iso3, string step) =>
        handlers.PutDraftAsync(request.HttpContext, cycleId, iso3, step).AsAction();

    [Function(nameof(Submit))]
    public Task<IActionResult> Submit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Submission.FunctionRoute)] HttpRequest request,
        string cycleId,
        string iso3,
        string step,
        [DurableClient] DurableTaskClient client) =>
        handlers.SubmitAsync(request.HttpContext, cycleId, iso3, step, new StrategyWorkflowClient(client)).AsAction();

    [Function(nameof(Review))]
    public Task<IActionResult> Review(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Review.FunctionRoute)] HttpRequest request,
        string cycleId,
        string iso3,
        string step,
        [DurableClient] DurableTaskClient client) =>
        handlers.ReviewAsync(request.HttpContext, cycleId, iso3, step, new StrategyWorkflowClient(client)).AsAction();
}
