using FocalPoints.Api.Handlers;
using FocalPoints.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FocalPoints.Functions.Http;

/// <summary>The HTTP trigger of a recommendation's declared progress; it delegates to <see cref="RecommendationProgressHandlers"/>.</summary>
public sealed class RecommendationProgressFunctions(RecommendationProgressHandlers handlers)
{
    [Function(nameof(PutRecommendationProgress))]
    public Task<IActionResult> PutRecommendationProgress(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = ApiRoutes.RecommendationProgress.FunctionRoute)] HttpRequest request, string sessionId, string iso3, string number) =>
        handlers.PutAsync(request.HttpContext, sessionId, iso3, number).AsAction();
}
