using FocalPoints.Api.Http;
using FocalPoints.Api.Summaries;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Summaries;
using FocalPoints.Infrastructure.Storage;
using Microsoft.AspNetCore.Http;

namespace FocalPoints.Api.Handlers;

/// <summary>A country's summary, for its coordinators and its own focal points: HTML (print-ready) or Markdown.</summary>
public sealed class SummaryHandlers(AccessControl access, ICycleStore cycles, ApprovedStrategies approved, TimeProvider time)
{
    public async Task<IResult> GetCountrySummaryAsync(HttpContext http, string cycleId, string iso3)
    {
        (_, IResult? problem) = await access.RequireCountryAsync(http, iso3, coordinatorsToo: true, http.RequestAborted);
        if (problem is not null)
        {
            return problem;
        }

        (Versioned<StrategyProgress>? progress, IResult? missing) = await CountryInCycle.FindAsync(cycles, cycleId, iso3, http.RequestAborted);
        if (missing is not null)
        {
            return missing;
        }

        // A progress row exists only in a cycle's partition, so the cycle is there too.
        CycleRecord cycle = (await cycles.GetCycleAsync(cycleId, http.RequestAborted))!;
        CountrySummary summary = SummaryBuilder.Build(
            iso3,
            progress!.Value.CountryName ?? iso3,
            cycleId,
            cycle.Definition.Title,
            DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
            SummaryAudience.Internal,
            await approved.LoadAsync(progress.Value, http.RequestAborted));
        return Render(http, summary);
    }

    /// <summary>Markdown when asked for (<c>?format=markdown</c> or <c>Accept: text/markdown</c>), else HTML.</summary>
    public static IResult Render(HttpContext http, CountrySummary summary) =>
        WantsMarkdown(http)
            ? Results.Text(SummaryMarkdown.Render(summary), "text/markdown; charset=utf-8")
            : Results.Text(SummaryHtml.Render(summary), "text/html; charset=utf-8");

    public static bool WantsMarkdown(HttpContext http) =>
        string.Equals(http.Request.Query["format"].FirstOrDefault(), "markdown", StringComparison.OrdinalIgnoreCase)
        || http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/markdown", StringComparison.OrdinalIgnoreCase));
}
