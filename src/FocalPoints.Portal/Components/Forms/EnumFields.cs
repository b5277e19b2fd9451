using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using FocalPoints.Domain;

namespace FocalPoints.Portal.Components.Forms;

/// <summary>
/// Which fields of a step's content hold enum values, by JSON path without indexes
/// (<c>$.riskFactors.rating</c> → <c>RiskRating</c>, <c>$.partners.kind</c> → <c>PartnerKind</c>), read from
/// the JSON contract of the content type, so a new field or a new step kind needs no list here.
/// </summary>
internal static partial class EnumFields
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, Type>> ByContent = new();

    /// <summary>The enum fields of <paramref name="contentType"/>: JSON path without indexes → enum type.</summary>
    public static IReadOnlyDictionary<string, Type> Of(Type contentType) => ByContent.GetOrAdd(contentType, type =>
    {
        var found = new Dictionary<string, Type>(StringComparer.Ordinal);
        Walk(type, "$", found);
        return found;
    });

    /// <summary><c>$.riskFactors[3].rating</c> → <c>$.riskFactors.rating</c>.</summary>
    public static string Unindexed(string path) => IndexPattern().Replace(path, string.Empty);

    private static void Walk(Type type, string path, Dictionary<string, Type> found)
    {
        Type plain = Nullable.GetUnderlyingType(type) ?? type;
        if (plain.IsEnum)
        {
            found[path] = plain;
            return;
        }

        JsonTypeInfo info = DomainJson.Options.GetTypeInfo(plain);
        if (info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } element)
        {
            Walk(element, path, found);
        }
        else if (info.Kind == JsonTypeInfoKind.Object)
        {
            foreach (JsonPropertyInfo property in info.Properties)
            {
                Walk(property.PropertyType, $"{path}.{property.Name}", found);
            }
        }
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex IndexPattern();
}
