using System.Globalization;
using System.Text.RegularExpressions;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Portal.Components.Steps;
using FocalPoints.Portal.Localization;
using Microsoft.Extensions.Localization;

namespace FocalPoints.Portal.Components.Forms;

/// <summary>
/// Names for people of a step content's JSON paths (<c>$.riskFactors[3].evidence</c> → "RF4 · Evidence",
/// <c>$.actions[1].title</c> → "Action 2 · Title") and of its values (<c>high</c> → "High"), for the
/// error summary and the list of changes between versions, for one step. The names are the vocabulary's,
/// so a field reads the same here as on the form and the version view: the JSON name with a capital
/// (<c>leadInstitution</c> → <c>LeadInstitution</c>), but for the few below. Which fields hold enum
/// values and which items have ids is found from the step's kind.
/// </summary>
public sealed partial class FieldLabels(Vocabulary words, StrategyStep step)
{
    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        ["id"] = "Factor",
        ["resilience"] = "Restraints",
        ["linkedActionPriorities"] = "LinkedPriorities",
    };

    private readonly PortalStepKind kind = PortalStepKinds.Of(step);

    /// <summary>The name of a path; ids of risk factors and restraints are read from the items themselves when given.</summary>
    /// <param name="path">A JSON path.</param>
    /// <param name="itemId">The id of an item of a list (<c>riskFactors</c>, <c>resilience</c>) by list name and index, when known.</param>
    public string Label(string path, Func<string, int, string?>? itemId = null)
    {
        var parts = new List<string>();
        foreach (Match segment in SegmentPattern().Matches(path))
        {
            string name = segment.Groups["name"].Value;
            if (segment.Groups["index"].Success)
            {
                int index = int.Parse(segment.Groups["index"].Value, CultureInfo.InvariantCulture);
                string? id = itemId?.Invoke(name, index);
                parts.Add(id ?? Item(name, index));
            }
            else
            {
                parts.Add(Name(name));
            }
        }

        return parts.Count == 0 ? words["Content"] : string.Join(" · ", parts);
    }

    /// <summary>A JSON value for people: enum values by the vocabulary, true/false as yes/no, ids as they are.</summary>
    public string Value(string path, string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return words["Empty"];
        }

        if (raw is "true" or "false")
        {
            return words[raw == "true" ? "Yes" : "No"];
        }

        Type? enumType = EnumFields.Of(kind.Kind.ContentType).GetValueOrDefault(EnumFields.Unindexed(path));
        if (enumType is null)
        {
            return raw;
        }

        return string.Join(", ", raw.Split(", ").Select(v => Enum.TryParse(enumType, v, ignoreCase: true, out object? value) ? words[(Enum)value] : v));
    }

    /// <summary>The ids of the content's items (<c>riskFactors[3]</c> → its id) where the step kind's items have them, for <see cref="Label"/>.</summary>
    public Func<string, int, string?> ItemIds(StepContent? content) => (list, index) => kind.ItemId(content, list, index);

    private string Name(string name)
    {
        LocalizedString label = words[Key(name)];
        return label.ResourceNotFound ? name : label.Value;
    }

    private string Item(string list, int index)
    {
        LocalizedString label = words[Key(list) + ".Item"];
        return label.ResourceNotFound
            ? $"{Name(list)} {index + 1}"
            : string.Format(CultureInfo.CurrentCulture, label.Value, index + 1);
    }

    private static string Key(string name) =>
        Keys.TryGetValue(name, out string? key) ? key : char.ToUpperInvariant(name[0]) + name[1..];

    [GeneratedRegex(@"(?<name>[A-Za-z]+)(\[(?<index>\d+)\])?")]
    private static partial Regex SegmentPattern();
}
