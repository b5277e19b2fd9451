using FocalPoints.Api.Handlers;
using FocalPoints.Contracts;
using FocalPoints.Workflow;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace FocalPoints.Functions.Http;

/// <summary>HTTP triggers of peer-review sessions; each delegates to <see cref="PeerReviewHandlers"/>.</summary>
public sealed class PeerReviewFunctions(PeerReviewHandlers handlers)
{
    [Function(nameof(ListPeerReviews))]
    public Task<IActionResult> ListPeerReviews([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.PeerReviews.FunctionRoute)] HttpRequest request) =>
        handlers.ListAsync(request.HttpContext).AsAction();

    [Function(nameof(SchedulePeerReview))]
    public Task<IActionResult> SchedulePeerReview(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.PeerReviews.FunctionRoute)] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        handlers.ScheduleAsync(request.HttpContext, new StrategyWorkflowClient(client)).AsAction();

    [Function(nameof(GetPeerReview))]
    public Task<IActionResult> GetPeerReview([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.PeerReview.FunctionRoute)] HttpRequest request, string sessionId) =>
        handlers.GetAsync(request.HttpContext, sessionId).AsAction();

    [Function(nameof(GetPeerReviewSummary))]
    public Task<IActionResult> GetPeerReviewSummary([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.PeerReviewSummary.FunctionRoute)] HttpRequest request, string sessionId) =>
        handlers.GetSummaryAsync(request.HttpContext, sessionId).AsAction();

    [Function(nameof(GetPeerReviewCountrySummary))]
    public Task<IActionResult> GetPeerReviewCountrySummary([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.PeerReviewCountrySummary.FunctionRoute)] HttpRequest request, string sessionId, string iso3) =>
        handlers.GetCountrySummaryAsync(request.HttpContext, sessionId, iso3).AsAction();

    [Function(nameof(RecordRecommendation))]
    public Task<IActionResult> RecordRecommendation([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Recommendations.FunctionRoute)] HttpRequest request, string sessionId) =>
        handlers.RecommendAsync(request.HttpContext, sessionId).AsAction();

    [Function(nameof(PutPeerReviewResponse))]
    public Task<IActionResult> PutPeerReviewResponse([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = ApiRoutes.Response.FunctionRoute)] HttpRequest request, string sessionId, string iso3) =>
        handlers.RespondAsync(request.HttpContext, sessionId, iso3).AsAction();
}
