using System.Text.Json;
using FocalPoints.Application.Access;
using FocalPoints.Application.Common;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Application.Cycles;

/// <summary>A coordinator's request to open a cycle; <see cref="Cycle"/> is read once the caller is allowed.</summary>
public sealed record OpenCycleCommand(Caller? Caller, Input<CycleInput> Cycle);

/// <summary>The cycle opened; <see cref="Created"/> is <c>false</c> when the same request had opened it before.</summary>
public sealed record OpenedCycle(CycleDefinition Definition, bool Created);

/// <summary>
/// Opens a cycle, in this order: the caller coordinates; the definition is valid under the host's
/// schedule bounds; every country is in the directory; then the cycle row (a repeat of the same
/// request is harmless, a different definition under the same id is a conflict), every country's
/// strategy (started by the domain, added through the strategy repository), and every country's
/// workflow. Each step is idempotent, so a repeated request also finishes one that was interrupted.
/// </summary>
public sealed class OpenCycle(IDirectoryStore directory, ICycleStore cycles, IStrategyRepository strategies, ScheduleBounds bounds, TimeProvider time)
{
    public async Task<Outcome<OpenedCycle>> ExecuteAsync(OpenCycleCommand command, IStrategyWorkflows workflows, CancellationToken cancellationToken)
    {
        if (AccessControl.RequireCoordinator(command.Caller).Failure is { } denied)
        {
            return denied;
        }

        Outcome<CycleInput> body = await command.Cycle(cancellationToken);
        if (body.Failure is { } unreadable)
        {
            return unreadable;
        }

        var errors = new ValidationErrors();
        CycleDefinition? definition = CycleRules.Validate(body.Value, errors, bounds);
        if (definition is null)
        {
            return new Invalid(errors);
        }

        Dictionary<string, Member> registered = (await directory.ListMembersAsync(cancellationToken)).ToDictionary(m => m.Iso3, StringComparer.Ordinal);
        for (int i = 0; i < definition.Countries.Count; i++)
        {
            if (!registered.ContainsKey(definition.Countries[i]))
            {
                errors.Add($"$.countries[{i}]", $"{definition.Countries[i]} is not in the network directory; register it first.");
            }
        }

        if (!errors.IsEmpty)
        {
            return new Invalid(errors);
        }

        string hash = Hash(definition);
        DateTime now = time.GetUtcNow().UtcDateTime;
        bool created = await cycles.TryAddCycleAsync(new CycleRecord(definition, hash, now), cancellationToken);
        if (!created && (await cycles.GetCycleAsync(definition.CycleId, cancellationToken))!.RequestHash != hash)
        {
            return new Conflict($"Cycle {definition.CycleId} already exists with a different definition.");
        }

        await strategies.AddMissingAsync(
            definition.Countries.Select(country => StrategyProgress.StartFor(definition.CycleId, country, now, registered[country])).ToArray(), cancellationToken);
        await Parallel.ForEachAsync(
            definition.Countries,
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (country, ct) => await workflows.StartAsync(new StrategyWorkflowInput(definition.CycleId, country, definition.Schedule), ct));
        return new OpenedCycle(definition, created);
    }

    private static string Hash(CycleDefinition definition) =>
        Fingerprint.Sha256Hex(JsonSerializer.Serialize(
            new CycleInput(definition.CycleId, definition.Title, definition.Countries, definition.Schedule.ToInput()), DomainJson.Options));
}
