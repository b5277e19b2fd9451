using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.Configuration.Attributes;
using FocalPoints.Api.Contracts;
using FocalPoints.Api.Http;
using FocalPoints.Domain;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Validation;
using FocalPoints.Infrastructure.Storage;
using Microsoft.AspNetCore.Http;

namespace FocalPoints.Api.Handlers;

/// <summary>The coordinators' progress views: the network view with filters and funnel, its CSV export, a country's timeline.</summary>
public sealed class ProgressHandlers(AccessControl access, ICycleStore cycles, IDirectoryStore directory, TimeProvider time)
{
    private static readonly CsvConfiguration Csv = new(CultureInfo.InvariantCulture)
    {
        // A cell that starts with = + - @ (or tab, CR) is prefixed with ' so a spreadsheet shows it as text, never runs it.
        InjectionOptions = InjectionOptions.Escape,
    };

    public async Task<IResult> GetCycleAsync(HttpContext http, string cycleId)
    {
        (IResult? problem, NetworkView? view, CountryProgressView[] rows) = await QueryAsync(http, cycleId);
        if (problem is not null)
        {
            return problem;
        }

        CycleDefinition cycle = view!.Cycle.Definition;
        IReadOnlyList<StrategyProgress> shown = view.Countries.Where(p => rows.Any(r => r.Country == p.Country)).ToArray();
        return Reply.Ok(new CycleView(
            cycle.CycleId,
            cycle.Title,
            cycle.Schedule.ToInput(),
            rows,
            StepFunnel.Of((IReadOnlyCollection<StrategyProgress>)shown),
            new ProgressTotals(
                rows.Length,
                rows.Count(r => r.Status == StrategyStatus.InProgress),
                rows.Count(r => r.Status == StrategyStatus.Completed),
                rows.Count(r => r.Status == StrategyStatus.Cancelled),
                rows.Count(r => r.Overdue))));
    }

    public async Task<IResult> GetCsvAsync(HttpContext http, string cycleId)
    {
        (IResult? problem, _, CountryProgressView[] rows) = await QueryAsync(http, cycleId);
        if (problem is not null)
        {
            return problem;
        }

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

        return Results.File(buffer.ToArray(), "text/csv; charset=utf-8", $"progress-{cycleId}.csv");
    }

    public async Task<IResult> GetTimelineAsync(HttpContext http, string cycleId, string iso3)
    {
        (Caller? caller, IResult? problem) = await access.RequireCountryAsync(http, iso3, coordinatorsToo: true, http.RequestAborted);
        if (problem is not null)
        {
            return problem;
        }

        if ((await CountryInCycle.FindAsync(cycles, cycleId, iso3, http.RequestAborted)).Problem is IResult missing)
        {
            return missing;
        }

        TimelineReader reader = caller!.IsCoordinator
            ? TimelineReader.Coordinator
            : TimelineReader.FocalPoint(
                (await directory.GetMemberAsync(iso3, http.RequestAborted))?.FocalPoints.Select(f => f.Email) ?? [],
                (await directory.GetCoordinatorsAsync(http.RequestAborted)).Select(c => c.Email));
        IReadOnlyList<AuditEvent> events = await cycles.ListAuditAsync(cycleId, iso3, http.RequestAborted);
        return Reply.Ok(new TimelineView(events.Select(reader.View).ToArray()));
    }

    private async Task<(IResult? Problem, NetworkView? View, CountryProgressView[] Rows)> QueryAsync(HttpContext http, string cycleId)
    {
        if (access.RequireCoordinator(http) is IResult denied)
        {
            return (denied, null, []);
        }

        var errors = new ValidationErrors();
        IQueryCollection query = http.Request.Query;
        ProgressFilter? filter = ProgressFilter.Parse(query["regionalGroup"].FirstOrDefault(), query["status"].FirstOrDefault(), query["overdue"].FirstOrDefault(), errors);
        if (filter is null)
        {
            return (Problems.Validation(errors), null, []);
        }

        NetworkView? view = CycleRules.IsValidCycleId(cycleId) ? await cycles.GetNetworkViewAsync(cycleId, http.RequestAborted) : null;
        if (view is null)
        {
            return (Problems.NotFound($"There is no cycle {cycleId}."), null, []);
        }

        DateTime now = time.GetUtcNow().UtcDateTime;
        CountryProgressView[] rows = view.Countries
            .Where(p => filter.Matches(p, now))
            .OrderBy(p => p.Country, StringComparer.Ordinal)
            .Select(p => new CountryProgressView(
                p.Country, p.CountryName, p.RegionalGroup, p.CurrentStep, p.Status, p.Current.Status, p.Current.DueUtc,
                p.IsOverdue(now), p.DaysOverdue(now), p.CompletedSteps, p.LastActivityUtc))
            .ToArray();
        return (null, view, rows);
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
