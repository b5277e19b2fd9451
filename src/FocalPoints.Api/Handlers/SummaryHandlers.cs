using FocalPoints.Api.Http;
using FocalPoints.Api.Summaries;
using FocalPoints.Application.Summaries;
using FocalPoints.Domain.Summaries;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoints.Api.Handlers;

/// <summary>A country's summary, for its coordinators and its own focal points: HTML (print-ready) or Markdown.</summary>
public sealed class SummaryHandlers(CallerOptions callers, ReadCountrySummary readSummary)
{
    public async Task<Results<ContentHttpResult, ProblemHttpResult>> GetCountrySummaryAsync(HttpContext http, string cycleId, string iso3) =>
        (await readSummary.ExecuteAsync(callers.Read(http), cycleId, iso3, http.RequestAborted)).ToResult(summary => Render(http, summary));

    /// <summary>
    /// Markdown when asked for (<c>?format=markdown</c> or <c>Accept: text/markdown</c>), else HTML; in the
    /// reader's language (<c>Accept-Language</c>, <see cref="ReaderLanguage"/>).
    /// </summary>
    public static ContentHttpResult Render(HttpContext http, CountrySummary summary) =>
        WantsMarkdown(http)
            ? TypedResults.Text(SummaryMarkdown.Render(summary, ReaderLanguage.Of(http.Request)), "text/markdown; charset=utf-8")
            : TypedResults.Text(SummaryHtml.Render(summary, ReaderLanguage.Of(http.Request)), "text/html; charset=utf-8");

    public static bool WantsMarkdown(HttpContext http) =>
        string.Equals(http.Request.Query["format"].FirstOrDefault(), "markdown", StringComparison.OrdinalIgnoreCase)
        || http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/markdown", StringComparison.OrdinalIgnoreCase));
}
