using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Strategies.Kinds;

namespace FocalPoints.Domain.Strategies;

/// <summary>
/// The approved content of a country's steps, one at most per step (a step not approved has none):
/// what later steps' completeness rules refer to (<see cref="StepKind.Needs"/>) and what a country
/// summary is built from.
/// </summary>
public sealed class ApprovedSteps
{
    private readonly Dictionary<StrategyStep, StepContent> contents = [];

    /// <param name="contents">The approved contents; <c>null</c> entries (steps not approved) are skipped.</param>
    public ApprovedSteps(IEnumerable<StepContent?> contents)
    {
        foreach (StepContent content in contents.OfType<StepContent>())
        {
            StrategyStep step = StepKinds.Of(content).Step;
            if (!this.contents.TryAdd(step, content))
            {
                throw new ArgumentException($"Two contents of {step} were given; a step has one approved content.", nameof(contents));
            }
        }
    }

    public static ApprovedSteps None { get; } = new([]);

    public static ApprovedSteps Of(params StepContent?[] contents) => new(contents);

    /// <summary>The approved content of <paramref name="step"/>, or <c>null</c>.</summary>
    public StepContent? this[StrategyStep step] => contents.GetValueOrDefault(step);

    /// <summary>The approved content of the step whose content is <typeparamref name="TContent"/>, or <c>null</c>.</summary>
    public TContent? Get<TContent>()
        where TContent : StepContent =>
        this[StepKinds.Of(typeof(TContent)).Step] as TContent;

    /// <summary>These contents with <paramref name="content"/> in place of its step's.</summary>
    public ApprovedSteps With(StepContent content) =>
        new(contents.Values.Where(c => c.GetType() != content.GetType()).Append(content));
}
