using FocalPoints.Application.Outcomes;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Application.Strategies;

/// <summary>
/// The content of a step as the request carries it, read once the step is known (its shape depends
/// on the step) and the caller is allowed: see <see cref="Common.Input{T}"/>.
/// </summary>
public delegate Task<Outcome<StepContent>> StepInput(StrategyStep step, CancellationToken cancellationToken);
