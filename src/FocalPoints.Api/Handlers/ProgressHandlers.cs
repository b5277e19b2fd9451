using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.Configuration.Attributes;
using FocalPoints.Api.Http;
using FocalPoints.Application.Cycles;
using FocalPoints.Application.Outcomes;
using FocalPoints.Contracts;
using FocalPoints.Domain;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoints.Api.Handlers;

/// <summary>The coordinators' progress views: the network view with filters and funnel, its CSV export, a country's timeline.</summary>
public sealed class ProgressHandlers(CallerOptions callers, ReadNetworkProgress readProgress, ReadTimeline readTimeline)
{
    private static readonly CsvConfiguration Csv = new(CultureInfo.InvariantCulture)
    {
        // A cell that starts with = + - @ (or tab, CR) is prefixed with ' so a spreadsheet shows it as text, never runs it.
        InjectionOptions = InjectionOptions.Escape,
    };

    public async Task<Results<Ok<CycleView>, ProblemHttpResult>> GetCycleAsync(HttpContext http, string cycleId) =>
        (await QueryAsync(http, cycleId)).ToResult(progress =>
        {
            CycleDefinition cycle = progress.View.Cycle.Definition;
            CountryProgressView[] rows = Rows(progress);
            return TypedResults.Ok(new CycleView(
                cycle.CycleId,
                cycle.Title,
                cycle.Schedule.ToInput(),
                rows,
                StepFunnel.Of((IReadOnlyCollection<StrategyProgress>)progress.Shown),
                new ProgressTotals(
                    rows.Length,
                    rows.Count(r => r.Status == StrategyStatus.InProgress),
                    rows.Count(r => r.Status == StrategyStatus.Completed),
                    rows.Count(r => r.Status == StrategyStatus.Cancelled),
                    rows.Count(r => r.Overdue))));
        });

    public async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetCsvAsync(HttpContext http, string cycleId) =>
        (await QueryAsync(http, cycleId)).ToResult(progress => TypedResults.File(CsvOf(Rows(progress)), "text/csv; charset=utf-8", $"progress-{cycleId}.csv"));

    public async Task<Results<Ok<TimelineView>, ProblemHttpResult>> GetTimelineAsync(HttpContext http, string cycleId, string iso3) =>
        (await readTimeline.ExecuteAsync(callers.Read(http), cycleId, iso3, http.RequestAborted)).ToResult(events => TypedResults.Ok(new TimelineView(events)));

    private Task<Outcome<NetworkProgress>> QueryAsync(HttpContext http, string cycleId)
    {
        IQueryCollection query = http.Request.Query;
        return readProgress.ExecuteAsync(
            callers.Read(http),
            new ProgressQuery(cycleId, query[ProgressFilterQuery.RegionalGroup].FirstOrDefault(), query[ProgressFilterQuery.Status].FirstOrDefault(), query[ProgressFilterQuery.Overdue].FirstOrDefault()),
            http.RequestAborted);
    }

    private static CountryProgressView[] Rows(NetworkProgress progress) => progress.Shown
        .Select(p => new CountryProgressView(
            p.Country, p.CountryName, p.RegionalGroup, p.CurrentStep, p.Status, p.Current.Status, p.Current.DueUtc,
            p.IsOverdue(progress.NowUtc), p.DaysOverdue(progress.NowUtc), p.CompletedSteps, p.LastActivityUtc))
        .ToArray();

    private static byte[] CsvOf(CountryProgressView[] rows)
    {
        using var buffer = new MemoryStream();
        // UTF-8 with a byte-order mark: spreadsheets then read Côte d'Ivoire and Türkiye as written.
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, Csv))
        {
            csv.WriteRecords(rows.Select(r => new CsvRow(
                r.Country,
                r.Name ?? r.Country,
                r.RegionalGroup is RegionalGroup g ? JsonNaming.CamelCase(g.ToString()) : string.Empty,
                r.CurrentStep.ToJsonName(),
                JsonNaming.CamelCase(r.Status.ToString()),
                r.DueUtc?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? string.Empty,
                r.DaysOverdue,
                r.LastActivityUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                JsonNaming.CamelCase(r.StepStatus.ToString()))));
        }

        return buffer.ToArray();
    }

    private sealed record CsvRow(
        [property: Name("country")] string Country,
        [property: Name("name")] string Name,
        [property: Name("regionalGroup")] string RegionalGroup,
        [property: Name("currentStep")] string CurrentStep,
        [property: Name("status")] string Status,
        [property: Name("dueUtc")] string DueUtc,
        [property: Name("daysOverdue")] int DaysOverdue,
        [property: Name("lastActivityUtc")] string LastActivityUtc,
        [property: Name("stepStatus")] string StepStatus);
}
