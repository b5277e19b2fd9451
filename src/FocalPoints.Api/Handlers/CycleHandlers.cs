using FocalPoints.Api.Http;
using FocalPoints.Application.Cycles;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Contracts;
using FocalPoints.Domain.Cycles;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoints.Api.Handlers;

/// <summary>Opening cycles, the list of cycles, cancelling a country's workflow, mapped to the use cases.</summary>
public sealed class CycleHandlers(CallerOptions callers, ListCycles listCycles, OpenCycle openCycle, CancelCountry cancelCountry)
{
    /// <summary>The cycles the caller works on, newest first (for focal points, their countries in each named in <c>myCountries</c>).</summary>
    public async Task<Results<Ok<CycleListView>, ProblemHttpResult>> ListCyclesAsync(HttpContext http) =>
        (await listCycles.ExecuteAsync(callers.Read(http), http.RequestAborted)).ToResult(cycles => TypedResults.Ok(new CycleListView(
            cycles.Select(c => new CycleListItem(c.Cycle.Definition.CycleId, c.Cycle.Definition.Title, c.Cycle.CreatedUtc, c.Cycle.Definition.Countries.Count, c.MyCountries)).ToArray())));

    /// <summary>202 with <c>Location</c> when the cycle opens now; 200 when the same request opened it before.</summary>
    public async Task<Results<Accepted<OpenedCycleView>, Ok<OpenedCycleView>, ProblemHttpResult>> OpenCycleAsync(HttpContext http, IStrategyWorkflows workflows)
    {
        Outcome<OpenedCycle> outcome = await openCycle.ExecuteAsync(new OpenCycleCommand(callers.Read(http), ct => JsonBody.ReadAsync<CycleInput>(http.Request, ct)), workflows, http.RequestAborted);
        if (outcome.Failure is { } failure)
        {
            return failure.ToProblem();
        }

        CycleDefinition cycle = outcome.Value.Definition;
        var answer = new OpenedCycleView(cycle.CycleId, cycle.Title, cycle.Countries.Count);
        return outcome.Value.Created ? TypedResults.Accepted(ApiRoutes.Cycle.Path(cycle.CycleId), answer) : TypedResults.Ok(answer);
    }

    public async Task<Results<Accepted<CancelledCountryView>, ProblemHttpResult>> CancelCountryAsync(HttpContext http, string cycleId, string iso3, IStrategyWorkflows workflows) =>
        (await cancelCountry.ExecuteAsync(callers.Read(http), cycleId, iso3, workflows, http.RequestAborted))
            .ToResult(status => TypedResults.Accepted((string?)null, new CancelledCountryView(cycleId, iso3, status)));
}
