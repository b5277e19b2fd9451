using FocalPoints.Api.Http;
using FocalPoints.Api.Records;
using FocalPoints.Api.Summaries;
using FocalPoints.Application.Records;
using FocalPoints.Contracts;
using FocalPoints.Domain.Records;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace FocalPoints.Api.Handlers;

/// <summary>A country's own record, for its focal points and the coordinators: a JSON download and a printable document.</summary>
public sealed class CountryRecordHandlers(CallerOptions callers, ReadCountryRecord readRecord)
{
    /// <summary>The record as JSON, to be saved (<c>Content-Disposition: attachment; filename=focalpoints-record-ISO3-DATE.json</c>).</summary>
    public async Task<Results<Ok<CountryRecord>, ProblemHttpResult>> GetRecordAsync(HttpContext http, string iso3) =>
        (await readRecord.ExecuteAsync(callers.Read(http), iso3, http.RequestAborted)).ToResult(record =>
        {
            http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
            {
                FileName = ApiRoutes.CountryRecord.FileName(record.Country, record.GeneratedUtc),
            }.ToString();
            return TypedResults.Ok(record);
        });

    /// <summary>The record as a print-ready HTML document in the reader's language (<c>Accept-Language</c>).</summary>
    public async Task<Results<ContentHttpResult, ProblemHttpResult>> GetPrintableAsync(HttpContext http, string iso3) =>
        (await readRecord.ExecuteAsync(callers.Read(http), iso3, http.RequestAborted))
            .ToResult(record => TypedResults.Text(RecordHtml.Render(record, ReaderLanguage.Of(http.Request)), "text/html; charset=utf-8"));
}
