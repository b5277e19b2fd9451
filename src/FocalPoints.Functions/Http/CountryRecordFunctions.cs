using FocalPoints.Api.Handlers;
using FocalPoints.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FocalPoints.Functions.Http;

/// <summary>The HTTP triggers of a country's own record; they delegate to <see cref="CountryRecordHandlers"/>.</summary>
public sealed class CountryRecordFunctions(CountryRecordHandlers handlers)
{
    [Function(nameof(GetCountryRecord))]
    public Task<IActionResult> GetCountryRecord([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.CountryRecord.FunctionRoute)] HttpRequest request, string iso3) =>
        handlers.GetRecordAsync(request.HttpContext, iso3).AsAction();

    [Function(nameof(GetCountryRecordPrint))]
    public Task<IActionResult> GetCountryRecordPrint([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.CountryRecordPrint.FunctionRoute)] HttpRequest request, string iso3) =>
        handlers.GetPrintableAsync(request.HttpContext, iso3).AsAction();
}
