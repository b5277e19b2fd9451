namespace FocalPoints.Domain.Validation;

/// <summary>
/// One validation failure: where (<c>$.riskFactors[2].evidence</c>), a stable code a user interface
/// can translate (<see cref="ValidationCodes"/>; <c>null</c> for rules without one), the English
/// message the API sends, and the values the message names, in order.
/// </summary>
public sealed record ValidationEntry(string Path, string? Code, string Message, IReadOnlyList<object> Args);

/// <summary>Validation failures keyed by JSON path (<c>$.riskFactors[2].evidence</c>), as RFC 9457 <c>errors</c>.</summary>
public sealed class ValidationErrors
{
    private readonly SortedDictionary<string, List<string>> errors = new(StringComparer.Ordinal);
    private readonly List<ValidationEntry> entries = [];

    public bool IsEmpty => errors.Count == 0;

    /// <summary>Every failure in the order the rules found them, with its code and arguments.</summary>
    public IReadOnlyList<ValidationEntry> Entries => entries;

    public void Add(string path, string message) => Add(path, null, message);

    /// <summary>Adds a failure with a stable <paramref name="code"/> and the values its message names.</summary>
    public void Add(string path, string? code, string message, params object[] args)
    {
        if (!errors.TryGetValue(path, out List<string>? messages))
        {
            messages = [];
            errors[path] = messages;
        }

        messages.Add(message);
        entries.Add(new ValidationEntry(path, code, message, args));
    }

    /// <summary>Adds an error when <paramref name="text"/> is longer than the API allows.</summary>
    public void CheckText(string path, string? text, bool required = false) => CheckText(path, text, TextLimits.MaxTextLength, required);

    /// <summary>Adds an error when <paramref name="text"/> is longer than <paramref name="maxLength"/> characters.</summary>
    public void CheckText(string path, string? text, int maxLength, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                Add(path, ValidationCodes.Required, "Required.");
            }

            return;
        }

        if (text.Length > maxLength)
        {
            Add(path, ValidationCodes.TooLong, $"At most {maxLength} characters (this has {text.Length}).", maxLength, text.Length);
        }
    }

    /// <summary>
    /// Adds an error when <paramref name="list"/> holds more than <paramref name="cap"/> entries
    /// (<see cref="ContentLimits"/>); <c>true</c> when it is within (or absent), so that the caller
    /// looks at the entries of a list only then.
    /// </summary>
    public bool CheckCount<T>(string path, IReadOnlyCollection<T>? list, int cap)
    {
        if (list is null || list.Count <= cap)
        {
            return true;
        }

        Add(path, ValidationCodes.TooMany, $"At most {cap} entries (this has {list.Count}).", cap, list.Count);
        return false;
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}

/// <summary>
/// The stable codes of the step-content rules. The API sends only the English messages; a user
/// interface translates by code and arguments (listed after each code) and falls back to the message.
/// </summary>
public static class ValidationCodes
{
    public const string Required = "Required";

    /// <summary>Args: the limit, the text's length.</summary>
    public const string TooLong = "TooLong";

    public const string UnknownRiskFactor = "UnknownRiskFactor";
    public const string UnknownRestraint = "UnknownRestraint";
    public const string IndicatorFormat = "IndicatorFormat";

    /// <summary>Args: the indicator, the factor id.</summary>
    public const string IndicatorOtherFactor = "IndicatorOtherFactor";

    /// <summary>Args: the factor id, its number of indicators.</summary>
    public const string IndicatorOutOfRange = "IndicatorOutOfRange";

    public const string EndBeforeStart = "EndBeforeStart";
    public const string PriorityBelowOne = "PriorityBelowOne";
    public const string Negative = "Negative";

    /// <summary>Args: the largest value allowed.</summary>
    public const string TooLarge = "TooLarge";

    /// <summary>Args: the cap (<see cref="ContentLimits"/>), the list's number of entries.</summary>
    public const string TooMany = "TooMany";

    /// <summary>Args: the most bytes stored (<see cref="ContentLimits.ContentBytes"/>), the content's bytes.</summary>
    public const string ContentTooLarge = "ContentTooLarge";

    /// <summary>Args: the factor id.</summary>
    public const string RiskFactorMissing = "RiskFactorMissing";

    /// <summary>Args: the factor id, how many times.</summary>
    public const string RiskFactorRepeated = "RiskFactorRepeated";

    public const string NotApplicableOnlySpecific = "NotApplicableOnlySpecific";
    public const string NotApplicableNeedsEvidence = "NotApplicableNeedsEvidence";
    public const string TrendRequired = "TrendRequired";

    /// <summary>Args: the restraint id.</summary>
    public const string RestraintMissing = "RestraintMissing";

    /// <summary>Args: the restraint id, how many times.</summary>
    public const string RestraintRepeated = "RestraintRepeated";

    public const string ActionNeeded = "ActionNeeded";

    /// <summary>Args: the number of actions.</summary>
    public const string PrioritiesInOrder = "PrioritiesInOrder";

    /// <summary>Args: the factor id, its <see cref="Strategies.Content.RiskRating"/>.</summary>
    public const string HighRiskNotAddressed = "HighRiskNotAddressed";

    public const string ProgrammeNeeded = "ProgrammeNeeded";
    public const string TopicNeeded = "TopicNeeded";
    public const string MoreThanZero = "MoreThanZero";
    public const string ResourceNeeded = "ResourceNeeded";
    public const string Currency = "Currency";

    /// <summary>Args: the priority.</summary>
    public const string LinkedPriorityUnknown = "LinkedPriorityUnknown";
}

/// <summary>Size limits of the API.</summary>
public static class TextLimits
{
    /// <summary>Every text field: at most 4,000 characters.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>Every request body: at most 256 KiB.</summary>
    public const int MaxBodyBytes = 256 * 1024;
}
