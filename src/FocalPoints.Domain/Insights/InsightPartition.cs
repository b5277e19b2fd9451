using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Domain.Insights;

/// <summary>
/// A question each country sharing <see cref="Step"/> answers with exactly one of <see cref="Categories"/>
/// (<c>highOrSevere</c> or <c>other</c>): the categories add up to the countries sharing the step, so the
/// disclosure rule sees every figure that could be worked out by subtraction, the hidden ones too. The first
/// <see cref="Shown"/> categories are published.
/// </summary>
internal sealed record InsightPartition(
    InsightTopic Topic,
    string Subject,
    StrategyStep Step,
    IReadOnlyList<string> Categories,
    int Shown,
    Func<StepContent, int> Classify);
