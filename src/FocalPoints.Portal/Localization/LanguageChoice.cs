using System.Globalization;
using Microsoft.JSInterop;

namespace FocalPoints.Portal.Localization;

/// <summary>
/// The portal's language: the one the person chose (remembered in the browser), else the first of
/// the browser's languages the portal speaks, else English. Applied once at start-up, before the
/// first render, so every date, number and text of the session is in that culture.
/// <c>wwwroot/js/portal.js</c> makes the same choice before the runtime starts, from the same list of
/// codes, so the page's <c>lang</c> and <c>dir</c> are right from the first paint.
/// </summary>
public sealed class LanguageChoice(IJSRuntime js)
{
    /// <summary>
    /// The languages the portal is written in, with their own names for the switcher, in the UN's order.
    /// Chinese is Simplified Chinese (<c>zh-Hans</c>): a browser's <c>zh</c>, <c>zh-CN</c> or <c>zh-Hans</c> gets it.
    /// </summary>
    public static IReadOnlyList<(string Code, string NativeName)> Supported { get; } =
    [
        ("ar", "العربية"),
        ("zh-Hans", "中文"),
        ("en", "English"),
        ("fr", "Français"),
        ("ru", "Русский"),
        ("es", "Español"),
    ];

    public static string Current => PseudoLocalization.Active
        ? PseudoLocalization.Code
        : Supported.Select(s => s.Code).FirstOrDefault(code => Within(CultureInfo.CurrentUICulture, code)) ?? "en";

    /// <summary>Whether the portal's language is written right to left (Arabic): the page's <c>dir</c>.</summary>
    public static bool IsRightToLeft => CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft;

    public async Task ApplyAsync(bool pseudoLocalizationAllowed)
    {
        string? chosen = await js.InvokeAsync<string?>("focalPoints.getLanguage");
        string[] browser = await js.InvokeAsync<string[]>("focalPoints.browserLanguages");
        PseudoLocalization.Active = pseudoLocalizationAllowed && chosen == PseudoLocalization.Code;
        string language = PseudoLocalization.Active ? "en" : Pick(chosen, browser);
        var culture = CultureInfo.GetCultureInfo(BrowserCulture(language, browser));
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        await js.InvokeVoidAsync("focalPoints.setDocumentLanguage", language, IsRightToLeft ? "rtl" : "ltr");
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
        if (Supported.Any(s => s.Code == chosen))
        {
            return chosen!;
        }

        foreach (string tag in browserLanguages)
        {
            string? code = Supported.Select(s => s.Code).FirstOrDefault(code => SameLanguage(code, tag));
            if (code is not null)
            {
                return code;
            }
        }

        return "en";
    }

    /// <summary>
    /// The browser's own regional culture for the language when the language's texts apply to it (fr-CA stays fr-CA for
    /// dates and numbers; zh-CN is Simplified Chinese, zh-TW is not and gets zh-Hans), else the language itself.
    /// </summary>
    public static string BrowserCulture(string language, IEnumerable<string> browserLanguages) =>
        browserLanguages.FirstOrDefault(tag => SameLanguage(language, tag) && Known(tag) is { } culture && Within(culture, language)) ?? language;

    private static bool SameLanguage(string code, string tag) =>
        string.Equals(code.Split('-')[0], tag.Split('-')[0], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="culture"/> is <paramref name="code"/> or one of its regional cultures (its resources apply).</summary>
    private static bool Within(CultureInfo culture, string code)
    {
        for (CultureInfo c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (string.Equals(c.Name, code, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static CultureInfo? Known(string tag)
    {
        try
        {
            return CultureInfo.GetCultureInfo(tag, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
