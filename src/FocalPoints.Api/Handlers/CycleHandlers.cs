using System.Text.Json;
using FocalPoints.Api.Contracts;
using FocalPoints.Api.Http;
using FocalPoints.Domain;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Validation;
using FocalPoints.Infrastructure.Storage;
using FocalPoints.Workflow;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace FocalPoints.Api.Handlers;

/// <summary>Opening cycles, the network view, cancelling a country's workflow.</summary>
public sealed class CycleHandlers(AccessControl access, IDirectoryStore directory, ICycleStore cycles, TimeProvider time, IHostEnvironment environment)
{
    private readonly ScheduleBounds bounds = ScheduleBounds.For(environment.IsDevelopment());

    /// <summary>
    /// The cycles the caller works on, newest first: every cycle for coordinators; for focal points
    /// the cycles holding one of their countries (named in <c>myCountries</c>); nothing for anyone else.
    /// </summary>
    public async Task<IResult> ListCyclesAsync(HttpContext http)
    {
        (Caller? caller, IResult? problem) = access.Identify(http);
        if (problem is not null)
        {
            return problem;
        }

        HashSet<string> mine = caller!.IsCoordinator ? [] : (await access.CountriesOfAsync(caller, http.RequestAborted)).Select(m => m.Iso3).ToHashSet(StringComparer.Ordinal);
        if (!caller.IsCoordinator && mine.Count == 0)
        {
            return Reply.Ok(new CycleListView([]));
        }

        CycleListItem[] items = (await cycles.ListCyclesAsync(http.RequestAborted))
            .Select(c => new CycleListItem(
                c.Definition.CycleId,
                c.Definition.Title,
                c.CreatedUtc,
                c.Definition.Countries.Count,
                c.Definition.Countries.Where(mine.Contains).Order(StringComparer.Ordinal).ToArray()))
            .Where(c => caller.IsCoordinator || c.MyCountries.Count > 0)
            .OrderByDescending(c => c.CreatedUtc)
            .ThenBy(c => c.CycleId, StringComparer.Ordinal)
            .ToArray();
        return Reply.Ok(new CycleListView(items));
    }

    public async Task<IResult> OpenCycleAsync(HttpContext http, IStrategyWorkflows workflows)
    {
        if (access.RequireCoordinator(http) is IResult denied)
        {
            return denied;
        }

        Parsed<CycleInput> body = await JsonBody.ReadAsync<CycleInput>(http.Request, http.RequestAborted);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var errors = new ValidationErrors();
        CycleDefinition? definition = CycleRules.Validate(body.Value!, errors, bounds);
        if (definition is null)
        {
            return Problems.Validation(errors);
        }

        Dictionary<string, Member> registered = (await directory.ListMembersAsync(http.RequestAborted)).ToDictionary(m => m.Iso3, StringComparer.Ordinal);
        for (int i = 0; i < definition.Countries.Count; i++)
        {
            if (!registered.ContainsKey(definition.Countries[i]))
            {
                errors.Add($"$.countries[{i}]", $"{definition.Countries[i]} is not in the network directory; register it first.");
            }
        }

        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        string hash = Hash(definition);
        DateTime now = time.GetUtcNow().UtcDateTime;
        bool created = await cycles.TryAddCycleAsync(new CycleRecord(definition, hash, now), http.RequestAborted);
        if (!created)
        {
            CycleRecord existing = (await cycles.GetCycleAsync(definition.CycleId, http.RequestAborted))!;
            if (existing.RequestHash != hash)
            {
                return Problems.Conflict($"Cycle {definition.CycleId} already exists with a different definition.");
            }
        }

        // Both steps are idempotent, so a repeated request also finishes one that was interrupted.
        await cycles.AddMissingProgressAsync(definition.CycleId, definition.Countries, now, http.RequestAborted, registered);
        await Parallel.ForEachAsync(
            definition.Countries,
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = http.RequestAborted },
            async (country, ct) => await workflows.StartAsync(new StrategyWorkflowInput(definition.CycleId, country, definition.Schedule), ct));

        var answer = new { definition.CycleId, definition.Title, Countries = definition.Countries.Count };
        return created
            ? Reply.Accepted(answer, $"/api/cycles/{definition.CycleId}")
            : Reply.Ok(answer);
    }

    public async Task<IResult> CancelCountryAsync(HttpContext http, string cycleId, string iso3, IStrategyWorkflows workflows)
    {
        if (access.RequireCoordinator(http) is IResult denied)
        {
            return denied;
        }

        (Versioned<StrategyProgress>? progress, IResult? missing) = await CountryInCycle.FindAsync(cycles, cycleId, iso3, http.RequestAborted);
        if (missing is not null)
        {
            return missing;
        }

        if (progress!.Value.Status == StrategyStatus.Completed)
        {
            return Problems.Conflict($"{iso3}'s strategy in cycle {cycleId} is already completed.");
        }

        if (progress.Value.Status == StrategyStatus.InProgress)
        {
            await workflows.CancelAsync(cycleId, iso3, "Cancelled by a coordinator", http.RequestAborted);
            DateTime now = time.GetUtcNow().UtcDateTime;
            await cycles.UpdateProgressAsync(cycleId, iso3, p => p.Status == StrategyStatus.InProgress ? p.Cancelled(now) : null, http.RequestAborted);
            await cycles.AddAuditAsync(new AuditEvent(cycleId, iso3, now, "cancelled", null, access.Identify(http).Caller!.Actor, null, "cancelled"), http.RequestAborted);
        }

        return Reply.Accepted(new { cycleId, country = iso3, status = StrategyStatus.Cancelled });
    }

    private static string Hash(CycleDefinition definition) =>
        TableEntityExtensions.Sha256Hex(JsonSerializer.Serialize(
            new CycleInput(definition.CycleId, definition.Title, definition.Countries, definition.Schedule.ToInput()), DomainJson.Options));
}
