using FocalPoints.Api.Contracts;
using FocalPoints.Api.Http;
using FocalPoints.Application.Cycles;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Cycles;
using Microsoft.AspNetCore.Http;

namespace FocalPoints.Api.Handlers;

/// <summary>Opening cycles, the list of cycles, cancelling a country's workflow, mapped to the use cases.</summary>
public sealed class CycleHandlers(CallerOptions callers, ListCycles listCycles, OpenCycle openCycle, CancelCountry cancelCountry)
{
    /// <summary>The cycles the caller works on, newest first (for focal points, their countries in each named in <c>myCountries</c>).</summary>
    public async Task<IResult> ListCyclesAsync(HttpContext http) =>
        (await listCycles.ExecuteAsync(callers.Read(http), http.RequestAborted)).ToResult(cycles => Reply.Ok(new CycleListView(
            cycles.Select(c => new CycleListItem(c.Cycle.Definition.CycleId, c.Cycle.Definition.Title, c.Cycle.CreatedUtc, c.Cycle.Definition.Countries.Count, c.MyCountries)).ToArray())));

    public async Task<IResult> OpenCycleAsync(HttpContext http, IStrategyWorkflows workflows) =>
        (await openCycle.ExecuteAsync(new OpenCycleCommand(callers.Read(http), ct => JsonBody.ReadAsync<CycleInput>(http.Request, ct)), workflows, http.RequestAborted))
            .ToResult(opened =>
            {
                var answer = new { opened.Definition.CycleId, opened.Definition.Title, Countries = opened.Definition.Countries.Count };
                return opened.Created ? Reply.Accepted(answer, $"/api/cycles/{opened.Definition.CycleId}") : Reply.Ok(answer);
            });

    public async Task<IResult> CancelCountryAsync(HttpContext http, string cycleId, string iso3, IStrategyWorkflows workflows) =>
        (await cancelCountry.ExecuteAsync(callers.Read(http), cycleId, iso3, workflows, http.RequestAborted))
            .ToResult(status => Reply.Accepted(new { cycleId, country = iso3, status }));
}
