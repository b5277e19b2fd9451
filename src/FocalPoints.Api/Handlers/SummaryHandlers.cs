using FocalPoints.Api.Http;
using FocalPoints.Api.Summaries;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Network;
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

        if (!UnMemberStates.IsMember(iso3))
        {
            return Problems.Validation("iso3", $"'{iso3}' is not the ISO 3166-1 alpha-3 code of a UN Member State.");
        }

        CycleRecord? cycle = CycleRules.IsValidCycleId(cycleId) ? await cycles.GetCycleAsync(cycleId, http.RequestAborted) : null;
        Versioned<StrategyProgress>? progress = cycle is null ? null : await cycles.GetProgressAsync(cycleId, iso3, http.RequestAborted);
        if (progress is null)
        {
            return Problems.NotFound($"{iso3} takes no part in cycle {cycleId}.");
        }

        CountrySummary summary = SummaryBuilder.Build(
            iso3,
            progress.Value.CountryName ?? iso3,
            cycleId,
            cycle!.Definition.Title,
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
