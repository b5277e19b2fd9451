using System.Globalization;
using System.Text.Json;

namespace FocalPoints.Portal.Components.Versions;

public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>One field that differs between two versions: its JSON path and its values as text.</summary>
public sealed record ContentChange(string Path, ChangeKind Kind, string? Before, string? After);

/// <summary>
/// What changed between two versions of a step's content, field by field. Both are flattened to
/// JSON path → value (a list of plain values such as indicators or topics is one value, joined with
/// ", "); an empty value, an empty list and a missing field count as the same absence.
/// </summary>
public static class ContentDiff
{
    public static IReadOnlyList<ContentChange> Compare(JsonElement? before, JsonElement after)
    {
        Dictionary<string, string> old = Flatten(before);
        Dictionary<string, string> @new = Flatten(after);
        var changes = new List<ContentChange>();
        foreach ((string path, string value) in @new)
        {
            if (!old.TryGetValue(path, out string? previous))
            {
                changes.Add(new ContentChange(path, ChangeKind.Added, null, value));
            }
            else if (previous != value)
            {
                changes.Add(new ContentChange(path, ChangeKind.Changed, previous, value));
            }
        }

        foreach ((string path, string value) in old)
        {
            if (!@new.ContainsKey(path))
            {
                changes.Add(new ContentChange(path, ChangeKind.Removed, value, null));
            }
        }

        return changes.OrderBy(c => c.Path, Comparer<string>.Create(Forms.FieldErrors.ComparePaths)).ToArray();
    }

    /// <summary>Every value of a content by JSON path, in document order.</summary>
    public static Dictionary<string, string> Flatten(JsonElement? content)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (content is JsonElement element)
        {
            Walk(element, "$", values);
        }

        return values;
    }

    private static void Walk(JsonElement element, string path, Dictionary<string, string> values)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    Walk(property.Value, $"{path}.{property.Name}", values);
                }

                break;
            case JsonValueKind.Array when element.EnumerateArray().All(IsPlain):
                string joined = string.Join(", ", element.EnumerateArray().Select(Text).Where(t => t.Length > 0));
                if (joined.Length > 0)
                {
                    values[path] = joined;
                }

                break;
            case JsonValueKind.Array:
                int index = 0;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    Walk(item, $"{path}[{index}]", values);
                    index++;
                }

                break;
            default:
                string text = Text(element);
                if (text.Length > 0)
                {
                    values[path] = text;
                }

                break;
        }
    }

    private static bool IsPlain(JsonElement element) => element.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array);

    private static string Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString() ?? string.Empty,
        JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => element.TryGetDecimal(out decimal number) ? number.ToString(CultureInfo.InvariantCulture) : element.GetRawText(),
        _ => element.GetRawText(),
    };
}
