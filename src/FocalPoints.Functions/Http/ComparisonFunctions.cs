using FocalPoints.Api.Handlers;
using FocalPoints.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FocalPoints.Functions.Http;

/// <summary>The HTTP trigger of a country's comparison with its previous cycle; it delegates to <see cref="ComparisonHandlers"/>.</summary>
public sealed class ComparisonFunctions(ComparisonHandlers handlers)
{
    [Function(nameof(GetCycleComparison))]
    public Task<IActionResult> GetCycleComparison([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Comparison.FunctionRoute)] HttpRequest request, string cycleId, string iso3) =>
        handlers.GetComparisonAsync(request.HttpContext, cycleId, iso3).AsAction();
}
