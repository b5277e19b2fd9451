using System.Globalization;
using Microsoft.JSInterop;

namespace FocalPoints.Portal.Localization;

/// <summary>
/// The portal's language: the one the person chose (remembered in the browser), else the first of
/// the browser's languages the portal speaks, else English. Applied once at start-up, before the
/// first render, so every date, number and text of the session is in that culture.
/// </summary>
public sealed class LanguageChoice(IJSRuntime js)
{
    /// <summary>The languages the portal is written in, with their own names for the switcher.</summary>
    public static IReadOnlyList<(string Code, string NativeName)> Supported { get; } =
    [
        ("en", "English"),
        ("fr", "Français"),
        ("es", "Español"),
    ];

    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task ApplyAsync()
    {
        string? chosen = await js.InvokeAsync<string?>("focalPoints.getLanguage");
        string[] browser = await js.InvokeAsync<string[]>("focalPoints.browserLanguages");
        string language = Pick(chosen, browser);
        var culture = CultureInfo.GetCultureInfo(BrowserCulture(language, browser));
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        await js.InvokeVoidAsync("focalPoints.setDocumentLanguage", language);
    }

    /// <summary>Remembers <paramref name="language"/> and reloads, so the whole session switches.</summary>
    public async Task SwitchAsync(string language)
    {
        await js.InvokeVoidAsync("focalPoints.setLanguage", language);
        await js.InvokeVoidAsync("focalPoints.reload");
    }

    /// <summary>The remembered choice if the portal speaks it, else the first supported browser language, else English.</summary>
    public static string Pick(string? chosen, IEnumerable<string> browserLanguages)
    {
        if (IsSupported(chosen))
        {
            return chosen!;
        }

        foreach (string tag in browserLanguages)
        {
            string language = tag.Split('-')[0].ToLowerInvariant();
            if (IsSupported(language))
            {
                return language;
            }
        }

        return "en";
    }

    /// <summary>The browser's own regional culture for the language (fr-CA stays fr-CA for dates and numbers).</summary>
    private static string BrowserCulture(string language, IEnumerable<string> browserLanguages) =>
        browserLanguages.FirstOrDefault(t => t.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase)) ?? language;

    private static bool IsSupported(string? language) => Supported.Any(s => s.Code == language);
}
