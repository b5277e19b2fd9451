using System.Text.Json;
using System.Text.Json.Serialization;

namespace FocalPoints.Domain;

/// <summary>
/// The JSON rules of the API and of stored documents: camelCase names matched exactly (another case
/// is an unknown member), each at most once, enums as camelCase strings (numbers refused), unknown
/// members refused so that a misspelt field is an error, not a silent loss; a null is not written (a
/// missing field reads as null, and a draft of empty entries is not inflated into every field
/// written out as <c>null</c>). A name given twice, or
/// twice in different cases, would otherwise let the last one win unseen
/// (<c>{"sharing":"confidential","Sharing":"public"}</c> stored as public).
/// </summary>
public static class DomainJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Applies the rules to options another framework owns (ASP.NET Core's, for instance).</summary>
    public static void Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = false;
        options.AllowDuplicateProperties = false;
        options.DictionaryKeyPolicy = JsonNamingPolicy.CamelCase;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            // Responses are application/json, never inlined in HTML: keep quotes and accents readable.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        Apply(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
