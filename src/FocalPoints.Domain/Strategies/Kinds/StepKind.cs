using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Validation.Steps;

namespace FocalPoints.Domain.Strategies.Kinds;

/// <summary>
/// A kind of step, declared once in <see cref="StepKinds"/>: its place (<see cref="StrategyStep"/>),
/// its names, the type of its content, the rules for that content, the approved steps those rules
/// refer to and the section a summary writes of it. What is done with "a step" anywhere else is
/// looked up here (<see cref="StepKinds.Of(StrategyStep)"/>), never switched over.
/// </summary>
public abstract class StepKind
{
    private protected StepKind(StrategyStep step, string slug, string title, IStepContentRules rules, IReadOnlyList<StrategyStep> needs)
    {
        Step = step;
        Slug = slug;
        Title = title;
        Rules = rules;
        Needs = needs;
    }

    public StrategyStep Step { get; }

    /// <summary>The URL segment (<c>risk-assessment</c>).</summary>
    public string Slug { get; }

    /// <summary>The JSON name (<c>riskAssessment</c>).</summary>
    public string JsonName => JsonNaming.CamelCase(Step.ToString());

    /// <summary>A title for people, in English (the portal's titles are its vocabulary's <c>StrategyStep.*</c>).</summary>
    public string Title { get; }

    /// <summary>The record a focal point writes for this step (a <see cref="StepContent"/>).</summary>
    public abstract Type ContentType { get; }

    /// <summary>The rules for the content (<see cref="Validation.StepContentValidator"/> runs them).</summary>
    public IStepContentRules Rules { get; }

    /// <summary>The type of the section a country summary writes of this step.</summary>
    public abstract Type SectionType { get; }

    /// <summary>The earlier steps whose approved content the completeness rules of this one refer to.</summary>
    public IReadOnlyList<StrategyStep> Needs { get; }

    public override string ToString() => Slug;
}

/// <summary>A kind of step whose content is <typeparamref name="TContent"/>.</summary>
public abstract class StepKind<TContent> : StepKind
    where TContent : StepContent
{
    private protected StepKind(StrategyStep step, string slug, string title, StepContentRules<TContent> rules, IReadOnlyList<StrategyStep> needs)
        : base(step, slug, title, rules, needs)
    {
    }

    public override Type ContentType => typeof(TContent);
}

/// <summary>A kind of step whose content is <typeparamref name="TContent"/> and whose summary section is <typeparamref name="TSection"/>.</summary>
public sealed class StepKind<TContent, TSection>(
    StrategyStep step,
    string slug,
    string title,
    StepContentRules<TContent> rules,
    Func<TContent, bool, TSection> section,
    params IReadOnlyList<StrategyStep> needs) : StepKind<TContent>(step, slug, title, rules, needs)
    where TContent : StepContent
{
    public override Type SectionType => typeof(TSection);

    /// <summary>The summary's section of approved content; <paramref name="confidential"/> marks it so.</summary>
    public TSection Summarise(TContent content, bool confidential) => section(content, confidential);
}
