using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Strategies;

/// <summary>
/// The first two rules of every request on a country's strategy, in their order: the caller may act
/// for the country (coordinators when <c>coordinatorsToo</c>, and its own focal points), then the
/// country takes part in the cycle (and the step exists). A refused caller learns nothing of the cycle.
/// </summary>
public sealed class StrategyAccess(AccessControl access, IStrategyRepository strategies)
{
    public async Task<Outcome<StrategyProgress>> FindAsync(Caller? caller, string cycleId, string iso3, bool coordinatorsToo, CancellationToken cancellationToken) =>
        (await access.RequireCountryAsync(caller, iso3, coordinatorsToo, cancellationToken)).Failure is { } denied
            ? denied
            : await CountryInCycle.FindAsync(strategies, cycleId, iso3, cancellationToken);

    public async Task<Outcome<StepInCycle>> FindStepAsync(Caller? caller, string cycleId, string iso3, string step, bool coordinatorsToo, CancellationToken cancellationToken) =>
        (await access.RequireCountryAsync(caller, iso3, coordinatorsToo, cancellationToken)).Failure is { } denied
            ? denied
            : await CountryInCycle.FindStepAsync(strategies, cycleId, iso3, step, cancellationToken);
}
