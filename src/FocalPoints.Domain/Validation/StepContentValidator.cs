using System.Globalization;
using System.Text;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Strategies.Kinds;
using FocalPoints.Domain.Validation.Steps;

namespace FocalPoints.Domain.Validation;

/// <summary>
/// The rules for step content. <see cref="ValidateDraft"/> checks that content is well formed and
/// within limits (drafts may be incomplete); <see cref="ValidateSubmission"/> adds the completeness
/// rules of the API contract. Both check first that every list is within its cap and the canonical
/// form within its stored size (<see cref="ContentLimits"/>); past a cap nothing else is looked at,
/// so that a list of thousands is one error, not thousands. The rules of each kind of content are
/// its kind's (<see cref="StepKind.Rules"/>, one class each under <c>Validation/Steps</c>).
/// </summary>
public static class StepContentValidator
{
    public static ValidationErrors ValidateDraft(StepContent content)
    {
        var errors = new ValidationErrors();
        IStepContentRules rules = StepKinds.Of(content).Rules;
        if (WithinLimits(content, rules, errors))
        {
            rules.CheckWellFormed(content, errors);
        }

        return errors;
    }

    public static ValidationErrors ValidateSubmission(StepContent content, ApprovedSteps approved)
    {
        var errors = new ValidationErrors();
        IStepContentRules rules = StepKinds.Of(content).Rules;
        if (!WithinLimits(content, rules, errors))
        {
            return errors;
        }

        rules.CheckWellFormed(content, errors);
        rules.CheckComplete(content, approved, errors);
        return errors;
    }

    /// <summary>Every list within its cap, then the canonical form within <see cref="ContentLimits.ContentBytes"/>.</summary>
    private static bool WithinLimits(StepContent content, IStepContentRules rules, ValidationErrors errors)
    {
        if (!rules.ListsWithinCaps(content, errors))
        {
            return false;
        }

        int bytes = Encoding.UTF8.GetByteCount(StepContentJson.Serialize(content));
        if (bytes <= ContentLimits.ContentBytes)
        {
            return true;
        }

        errors.Add("$", ValidationCodes.ContentTooLarge, string.Create(CultureInfo.InvariantCulture, $"At most {ContentLimits.ContentBytes:N0} bytes stored (this is {bytes:N0})."), ContentLimits.ContentBytes, bytes);
        return false;
    }
}
