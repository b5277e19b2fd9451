using System.Globalization;
using System.Text;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Portal.Components.Forms;

/// <summary>
/// The errors of a form by JSON path (<c>$.riskFactors[3].evidence</c>), the same paths the domain's
/// rules and the API's RFC 9457 <c>errors</c> use, each with the element id of its field.
/// </summary>
public sealed class FieldErrors
{
    private static readonly Dictionary<string, int> SectionOrder = new(StringComparer.Ordinal)
    {
        ["riskFactors"] = 0,
        ["resilience"] = 1,
        ["consultedCivilSociety"] = 2,
        ["consultedMedia"] = 3,
        ["actions"] = 0,
        ["programmes"] = 0,
        ["resources"] = 0,
        ["politicalSupport"] = 1,
        ["partners"] = 2,
        ["sharing"] = 9,
    };

    private readonly List<FieldMessage> messages = [];

    /// <summary>No errors.</summary>
    public static FieldErrors None { get; } = new();

    /// <summary>Every message, in the order of the form (sections, then items by number).</summary>
    public IReadOnlyList<FieldMessage> All => messages;

    public bool IsEmpty => messages.Count == 0;

    public int Count => messages.Count;

    /// <summary>The messages at <paramref name="path"/>.</summary>
    public IEnumerable<string> For(string path) => messages.Where(m => m.Path == path).Select(m => m.Text);

    public bool Has(string path) => messages.Any(m => m.Path == path);

    /// <summary>The stable element id of a path's field: <c>$.riskFactors[3].evidence</c> → <c>f-riskFactors-3-evidence</c>.</summary>
    public static string IdFor(string path)
    {
        var id = new StringBuilder("f");
        bool dash = true;
        foreach (char c in path.TrimStart('$'))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (dash)
                {
                    id.Append('-');
                    dash = false;
                }

                id.Append(c);
            }
            else
            {
                dash = true;
            }
        }

        return id.Length == 1 ? "f-root" : id.ToString();
    }

    /// <summary>The id of the element holding a path's messages.</summary>
    public static string ErrorIdFor(string path) => IdFor(path) + "-error";

    /// <summary>The <c>aria-describedby</c> of a field: its hint (if any) and its messages when there are some.</summary>
    public string? DescribedBy(string path, string? hintId = null)
    {
        string? error = Has(path) ? ErrorIdFor(path) : null;
        string joined = string.Join(' ', new[] { hintId, error }.Where(s => s is not null));
        return joined.Length == 0 ? null : joined;
    }

    /// <summary><c>aria-invalid</c>: "true" or absent.</summary>
    public string? Invalid(string path) => Has(path) ? "true" : null;

    /// <summary>The CSS class of a field's wrapper.</summary>
    public string FieldClass(string path) => Has(path) ? "field invalid" : "field";

    /// <summary>The errors the domain's rules found in the browser, in the person's language.</summary>
    public static FieldErrors From(ValidationErrors errors, ValidationText text)
    {
        var result = new FieldErrors();
        foreach (ValidationEntry entry in errors.Entries)
        {
            result.messages.Add(new FieldMessage(entry.Path, text.Describe(entry)));
        }

        result.Sort();
        return result;
    }

    /// <summary>
    /// The server's RFC 9457 <c>errors</c>. A message the same rules also found in the browser
    /// (<paramref name="local"/>) is shown in the person's language; any other as the server wrote it.
    /// </summary>
    public static FieldErrors FromProblem(IReadOnlyDictionary<string, string[]> errors, ValidationErrors? local, ValidationText text)
    {
        var result = new FieldErrors();
        foreach ((string path, string[] texts) in errors)
        {
            foreach (string message in texts)
            {
                ValidationEntry? known = local?.Entries.FirstOrDefault(e => e.Path == path && e.Message == message);
                result.messages.Add(new FieldMessage(path, known is null ? message : text.Describe(known)));
            }
        }

        result.Sort();
        return result;
    }

    /// <summary>A copy without the messages at <paramref name="path"/> (the person changed that field).</summary>
    public FieldErrors Without(string path)
    {
        if (!Has(path))
        {
            return this;
        }

        var result = new FieldErrors();
        result.messages.AddRange(messages.Where(m => m.Path != path));
        return result;
    }

    private void Sort()
    {
        // OrderBy is stable: messages at one path keep the rules' order.
        FieldMessage[] sorted = messages.OrderBy(m => m.Path, Comparer<string>.Create(ComparePaths)).ToArray();
        messages.Clear();
        messages.AddRange(sorted);
    }

    /// <summary>Form order: sections in the order the form shows them, then item numbers numerically.</summary>
    internal static int ComparePaths(string a, string b)
    {
        string[] left = Segments(a);
        string[] right = Segments(b);
        for (int i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            int order = CompareSegment(left[i], right[i], i == 0);
            if (order != 0)
            {
                return order;
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    private static string[] Segments(string path) =>
        path.TrimStart('$').Split(['.', '[', ']'], StringSplitOptions.RemoveEmptyEntries);

    private static int CompareSegment(string a, string b, bool section)
    {
        if (int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out int x) && int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out int y))
        {
            return x.CompareTo(y);
        }

        if (section && a != b)
        {
            int order = SectionOrder.GetValueOrDefault(a, 5).CompareTo(SectionOrder.GetValueOrDefault(b, 5));
            if (order != 0)
            {
                return order;
            }
        }

        return string.CompareOrdinal(a, b);
    }
}

/// <summary>One message at one path.</summary>
public sealed record FieldMessage(string Path, string Text);
