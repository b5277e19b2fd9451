using System.Globalization;
using FocalPoints.Api.Http;
using FocalPoints.Application.PeerReviews;
using FocalPoints.Domain.PeerReviews;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoints.Api.Handlers;

/// <summary>A reviewed country's focal points declare a recommendation's progress (<see cref="DeclareRecommendationProgress"/>).</summary>
public sealed class RecommendationProgressHandlers(CallerOptions callers, DeclareRecommendationProgress declare)
{
    /// <summary>The recommendation with its new declaration; a <paramref name="number"/> that is no positive number names no recommendation (404).</summary>
    public async Task<Results<Ok<Recommendation>, ProblemHttpResult>> PutAsync(HttpContext http, string sessionId, string iso3, string number) =>
        int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0
            ? (await declare.ExecuteAsync(callers.Read(http), sessionId, iso3, n, ct => JsonBody.ReadAsync<ProgressInput>(http.Request, ct), http.RequestAborted))
                .ToResult(TypedResults.Ok)
            : Problems.NotFound($"Session {sessionId} made no recommendation {number} to {iso3}.");
}
