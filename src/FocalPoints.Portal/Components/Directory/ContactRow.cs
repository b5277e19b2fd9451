using FocalPoints.Domain.Network;

namespace FocalPoints.Portal.Components.Directory;

/// <summary>A person being edited in the directory (a focal point or a coordinator): one row of the form.</summary>
public sealed class ContactRow
{
    public string? Name { get; set; }

    public string? Email { get; set; }

    public Language? Language { get; set; }

    public string? TimeZone { get; set; }

    public static ContactRow From(Contact contact) =>
        new() { Name = contact.Name, Email = contact.Email, Language = contact.Language, TimeZone = contact.TimeZone };

    /// <summary>The row as the API takes it; the server trims and validates.</summary>
    public ContactInput ToInput() =>
        new(Name, Email?.Trim(), Language, string.IsNullOrWhiteSpace(TimeZone) ? null : TimeZone.Trim());
}

/// <summary>The six UN languages, each named in itself, as a person who speaks it would look for it.</summary>
public static class LanguageNames
{
    public static string Native(Language language) => language switch
    {
        Language.Ar => "العربية",
        Language.Zh => "中文",
        Language.En => "English",
        Language.Fr => "Français",
        Language.Ru => "Русский",
        Language.Es => "Español",
        _ => language.ToString(),
    };

    /// <summary>The language's ISO 639-1 code, for the <c>lang</c> attribute of its name.</summary>
    public static string Code(Language language) => language.ToString().ToLowerInvariant();
}

/// <summary>The IANA time zones this runtime knows (the server validates the same way), for the zone picker.</summary>
public static class TimeZones
{
    private static readonly Lazy<string[]> Ids = new(() =>
        ["UTC", .. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/', StringComparison.Ordinal)).Order(StringComparer.Ordinal)]);

    public static IReadOnlyList<string> All => Ids.Value;
}
