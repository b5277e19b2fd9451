using System.Text;

namespace FocalPoints.Portal.Localization;

/// <summary>
/// A made-up language for finding text that is not in the resources: every resource text is shown with its
/// letters accented and in brackets (<c>Sign in</c> → <c>⟦Šîĝñ îñ⟧</c>), its <c>{0}</c> placeholders kept, so
/// any plain English left on a page was written somewhere else. Chosen by remembering the language
/// <see cref="Code"/> in the browser, and only on a portal served from this machine (the self-host in
/// Development and the tests): the language switcher never offers it.
/// </summary>
public static class PseudoLocalization
{
    /// <summary>The pseudo-locale's name, as Windows calls its own.</summary>
    public const string Code = "qps-ploc";

    /// <summary>The marks around every pseudo-localised text.</summary>
    public const char Open = '⟦', Close = '⟧';

    private const string Plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Accented = "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";

    /// <summary>Whether this session shows pseudo-localised texts (set once at start-up).</summary>
    public static bool Active { get; set; }

    /// <summary>Whether the portal may offer the pseudo-locale: only when it is served from this machine.</summary>
    public static bool Allowed(string baseAddress) => Uri.TryCreate(baseAddress, UriKind.Absolute, out Uri? uri) && uri.IsLoopback;

    /// <summary>The text with every ASCII letter outside its <c>{…}</c> placeholders accented, in brackets.</summary>
    public static string Transform(string text)
    {
        var result = new StringBuilder(text.Length + 2).Append(Open);
        int depth = 0;
        foreach (char c in text)
        {
            depth += c switch { '{' => 1, '}' when depth > 0 => -1, _ => 0 };
            int letter = depth == 0 ? Plain.IndexOf(c, StringComparison.Ordinal) : -1;
            result.Append(letter >= 0 ? Accented[letter] : c);
        }

        return result.Append(Close).ToString();
    }
}
