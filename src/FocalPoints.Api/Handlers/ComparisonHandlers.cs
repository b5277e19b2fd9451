using FocalPoints.Api.Http;
using FocalPoints.Application.Comparisons;
using FocalPoints.Domain.Comparisons;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoints.Api.Handlers;

/// <summary>A country against its previous cycle, for its coordinators and its own focal points.</summary>
public sealed class ComparisonHandlers(CallerOptions callers, ReadCycleComparison readComparison)
{
    public async Task<Results<Ok<CycleComparison>, ProblemHttpResult>> GetComparisonAsync(HttpContext http, string cycleId, string iso3) =>
        (await readComparison.ExecuteAsync(callers.Read(http), cycleId, iso3, http.RequestAborted)).ToResult(c => TypedResults.Ok(c));
}
