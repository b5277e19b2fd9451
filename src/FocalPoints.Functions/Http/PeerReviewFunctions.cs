using FocalPoints.Api.Handlers;
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
    public Task<IActionResult> ListPeerReviews([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "peer-reviews")] HttpRequest request) =>
        handlers.ListAsync(request.HttpContext).AsAction();

    [Function(nameof(SchedulePeerReview))]
    public Task<IActionResult> SchedulePeerReview(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "peer-reviews")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        handlers.ScheduleAsync(request.HttpContext, new StrategyWorkflowClient(client)).AsAction();

    [Function(nameof(GetPeerReview))]
    public Task<IActionResult> GetPeerReview([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "peer-reviews/{sessionId}")] HttpRequest request, string sessionId) =>
        handlers.GetAsync(request.HttpContext, sessionId).AsAction();

    [Function(nameof(GetPeerReviewSummary))]
    public Task<IActionResult> GetPeerReviewSummary([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "peer-reviews/{sessionId}/summary")] HttpRequest request, string sessionId) =>
        handlers.GetSummaryAsync(request.HttpContext, sessionId).AsAction();

    [Function(nameof(GetPeerReviewCountrySummary))]
    public Task<IActionResult> GetPeerReviewCountrySummary([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "peer-reviews/{sessionId}/countries/{iso3}/summary")] HttpRequest request, string sessionId, string iso3) =>
        handlers.GetCountrySummaryAsync(request.HttpContext, sessionId, iso3).AsAction();

    [Function(nameof(RecordRecommendation))]
    public Task<IActionResult> RecordRecommendation([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "peer-reviews/{sessionId}/recommendations")] HttpRequest request, string sessionId) =>
        handlers.RecommendAsync(request.HttpContext, sessionId).AsAction();

    [Function(nameof(PutPeerReviewResponse))]
    public Task<IActionResult> PutPeerReviewResponse([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "peer-reviews/{sessionId}/responses/{iso3}")] HttpRequest request, string sessionId, string iso3) =>
        handlers.RespondAsync(request.HttpContext, sessionId, iso3).AsAction();
}
