using FocalPoints.Api.Handlers;
using FocalPoints.Contracts;

namespace FocalPoints.SelfHost.Hosting;

/// <summary>A country's own record's routes, described for the OpenAPI document as <see cref="ApiEndpoints"/> describes the rest.</summary>
public static class CountryRecordEndpoints
{
    private const string Tag = "Country record";

    public static RouteGroupBuilder MapCountryRecord(this RouteGroupBuilder api)
    {
        api.MapGet(ApiRoutes.CountryRecord.Route, (HttpContext http, string iso3, CountryRecordHandlers h) => h.GetRecordAsync(http, iso3))
            .Describe("GetCountryRecord", Tag, "Everything the network holds about a country (every cycle, step, version, review, recommendation, response and good-practice entry, confidential content included) as a JSON download, schema focalpoints.country-record/1: the country's focal points and the coordinators")
            .Found().ProducesValidationProblem();
        api.MapGet(ApiRoutes.CountryRecordPrint.Route, (HttpContext http, string iso3, CountryRecordHandlers h) => h.GetPrintableAsync(http, iso3))
            .Describe("GetCountryRecordPrint", Tag, "The country's record as a printable HTML document in the reader's language (Accept-Language)")
            .Found().ProducesValidationProblem()
            .Produces<string>(StatusCodes.Status200OK, "text/html");
        return api;
    }
}
