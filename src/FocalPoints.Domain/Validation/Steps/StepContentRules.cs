using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Domain.Validation.Steps;

/// <summary>The rules for one kind of step's content, as <see cref="StepContentValidator"/> runs them.</summary>
public interface IStepContentRules
{
    /// <summary>The content these rules are for.</summary>
    Type ContentType { get; }

    /// <summary>Every list within its cap; <c>false</c> when one is not (then nothing else is looked at).</summary>
    bool ListsWithinCaps(StepContent content, ValidationErrors errors);

    /// <summary>Well formed and within limits, as a draft must be.</summary>
    void CheckWellFormed(StepContent content, ValidationErrors errors);

    /// <summary>Complete, and consistent with the approved earlier steps, as a submission must be.</summary>
    void CheckComplete(StepContent content, ApprovedSteps approved, ValidationErrors errors);
}

/// <summary>The rules for <typeparamref name="TContent"/>: one class per kind of step, declared with it.</summary>
public abstract class StepContentRules<TContent> : IStepContentRules
    where TContent : StepContent
{
    public Type ContentType => typeof(TContent);

    public abstract bool ListsWithinCaps(TContent content, ValidationErrors errors);

    public abstract void CheckWellFormed(TContent content, ValidationErrors errors);

    public abstract void CheckComplete(TContent content, ApprovedSteps approved, ValidationErrors errors);

    bool IStepContentRules.ListsWithinCaps(StepContent content, ValidationErrors errors) => ListsWithinCaps((TContent)content, errors);

    void IStepContentRules.CheckWellFormed(StepContent content, ValidationErrors errors) => CheckWellFormed((TContent)content, errors);

    void IStepContentRules.CheckComplete(StepContent content, ApprovedSteps approved, ValidationErrors errors) => CheckComplete((TContent)content, approved, errors);

    /// <summary>Checks every entry (of a list already within its cap); <c>true</c> when all pass.</summary>
    protected static bool EachWithinCaps<T>(IReadOnlyList<T>? list, Func<T, int, bool> check)
    {
        bool within = true;
        for (int i = 0; i < (list?.Count ?? 0); i++)
        {
            within &= check(list![i], i);
        }

        return within;
    }

    protected static void Require<T>(ValidationErrors errors, string path, T? value)
    {
        if (value is null)
        {
            errors.Add(path, ValidationCodes.Required, "Required.");
        }
    }
}
