using System.Globalization;
using System.Text.RegularExpressions;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Portal.Localization;
using Microsoft.Extensions.Localization;

namespace FocalPoints.Portal.Components.Forms;

/// <summary>
/// Names for people of a step content's JSON paths (<c>$.riskFactors[3].evidence</c> → "RF4 · Evidence",
/// <c>$.actions[1].title</c> → "Action 2 · Title") and of its values (<c>high</c> → "High"), for the
/// error summary and the list of changes between versions. The names are the vocabulary's, so a field
/// reads the same here as on the form and the version view: the JSON name with a capital
/// (<c>leadInstitution</c> → <c>LeadInstitution</c>), but for the few below.
/// </summary>
public sealed partial class FieldLabels(Vocabulary words)
{
    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        ["id"] = "Factor",
        ["resilience"] = "Restraints",
        ["linkedActionPriorities"] = "LinkedPriorities",
    };

    private static readonly Dictionary<string, Type> EnumFields = new(StringComparer.Ordinal)
    {
        ["rating"] = typeof(RiskRating),
        ["trend"] = typeof(Trend),
        ["capacity"] = typeof(Capacity),
        ["scope"] = typeof(ActionScope),
        ["audience"] = typeof(TrainingAudience),
        ["topics"] = typeof(TrainingTopic),
        ["source"] = typeof(ResourceSource),
        ["status"] = typeof(ResourceStatus),
        ["sharing"] = typeof(Domain.Strategies.Sharing),
    };

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

        string leaf = LeafName(path);
        if (raw is "true" or "false")
        {
            return words[raw == "true" ? "Yes" : "No"];
        }

        Type? enumType = leaf == "kind"
            ? (path.Contains("partners", StringComparison.Ordinal) ? typeof(PartnerKind) : typeof(LegislativeKind))
            : EnumFields.GetValueOrDefault(leaf);
        if (enumType is null)
        {
            return raw;
        }

        return string.Join(", ", raw.Split(", ").Select(v => Enum.TryParse(enumType, v, ignoreCase: true, out object? value) ? words[(Enum)value] : v));
    }

    /// <summary>The ids of a risk assessment's items (<c>riskFactors[3]</c> → its id), for <see cref="Label"/>.</summary>
    public static Func<string, int, string?> ItemIds(StepContent? content) => (list, index) => (content, list) switch
    {
        (RiskAssessmentContent risk, "riskFactors") when index < (risk.RiskFactors?.Count ?? 0) => risk.RiskFactors![index].Id,
        (RiskAssessmentContent risk, "resilience") when index < (risk.Resilience?.Count ?? 0) => risk.Resilience![index].Restraint,
        _ => null,
    };

    private static string LeafName(string path)
    {
        MatchCollection segments = SegmentPattern().Matches(path);
        return segments.Count == 0 ? string.Empty : segments[^1].Groups["name"].Value;
    }

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
