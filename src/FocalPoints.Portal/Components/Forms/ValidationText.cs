using System.Globalization;
using FocalPoints.Domain.Validation;
using FocalPoints.Portal.Localization;
using Microsoft.Extensions.Localization;

namespace FocalPoints.Portal.Components.Forms;

/// <summary>
/// The domain's validation messages in the person's language: by the rule's code and arguments,
/// falling back to the English message the rule wrote when the code is unknown here.
/// </summary>
public sealed class ValidationText(IStringLocalizer<ValidationText> text, Vocabulary words)
{
    public string Describe(ValidationEntry entry)
    {
        if (entry.Code is null)
        {
            return entry.Message;
        }

        LocalizedString template = text[entry.Code];
        if (template.ResourceNotFound)
        {
            return entry.Message;
        }

        object[] args = entry.Args.Select((a, i) => Argument(entry.Code, a, i)).ToArray();
        return string.Format(CultureInfo.CurrentCulture, template.Value, args);
    }

    private object Argument(string code, object arg, int index) => arg switch
    {
        Enum value => words[value],
        string id when index == 0 && code is ValidationCodes.RiskFactorMissing or ValidationCodes.RestraintMissing => words.FrameworkWithId(id),
        _ => arg,
    };
}
