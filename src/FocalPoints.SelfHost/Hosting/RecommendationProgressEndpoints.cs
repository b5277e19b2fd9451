using FocalPoints.Api.Handlers;
using FocalPoints.Contracts;
using FocalPoints.Domain.PeerReviews;

namespace FocalPoints.SelfHost.Hosting;

/// <summary>A recommendation's declared progress, described for the OpenAPI document as <see cref="ApiEndpoints"/> describes the rest.</summary>
public static class RecommendationProgressEndpoints
{
    public static RouteGroupBuilder MapRecommendationProgress(this RouteGroupBuilder api)
    {
        api.MapPut(ApiRoutes.RecommendationProgress.Route, (HttpContext http, string sessionId, string iso3, string number, RecommendationProgressHandlers h) => h.PutAsync(http, sessionId, iso3, number))
            .Describe("PutRecommendationProgress", "Peer reviews", "The reviewed country's focal points declare how far a recommendation to their country is implemented (notStarted, inProgress, done, with an optional note); the declaration replaces the last")
            .Found().Body<ProgressInput>();
        return api;
    }
}
