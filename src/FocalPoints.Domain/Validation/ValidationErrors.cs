namespace FocalPoints.Domain.Validation;

/// <summary>Validation failures keyed by JSON path (<c>$.riskFactors[2].evidence</c>), as RFC 9457 <c>errors</c>.</summary>
public sealed class ValidationErrors
{
    private readonly SortedDictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool IsEmpty => errors.Count == 0;

    public void Add(string path, string message)
    {
        if (!errors.TryGetValue(path, out List<string>? messages))
        {
            messages = [];
            errors[path] = messages;
        }

        messages.Add(message);
    }

    /// <summary>Adds an error when <paramref name="text"/> is longer than the API allows.</summary>
    public void CheckText(string path, string? text, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                Add(path, "Required.");
            }

            return;
        }

        if (text.Length > TextLimits.MaxTextLength)
        {
            Add(path, $"At most {TextLimits.MaxTextLength} characters (this has {text.Length}).");
        }
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}

/// <summary>Size limits of the API.</summary>
public static class TextLimits
{
    /// <summary>Every text field: at most 4,000 characters.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>Every request body: at most 256 KiB.</summary>
    public const int MaxBodyBytes = 256 * 1024;
}
