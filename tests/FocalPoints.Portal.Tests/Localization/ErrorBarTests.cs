using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FocalPoints.Portal.Localization;

namespace FocalPoints.Portal.Tests.Localization;

/// <summary>
/// The error bar Blazor shows on an unhandled error lives in <c>index.html</c>, outside the portal's
/// resources (it must work when they failed to load): it says its words and its dismiss button's name in
/// every language the switcher offers, and the style sheet shows only the page's language.
/// </summary>
public sealed class ErrorBarTests
{
    private static readonly IDocument Page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "index.html")));
    private static readonly string Style = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "app.css"));

    public static TheoryData<string> Languages => [.. LanguageChoice.Supported.Select(s => s.Code)];

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_error_bar_speaks_each_language_with_a_reload_link_and_a_named_dismiss_button(string language)
    {
        IElement bar = Page.GetElementById("blazor-error-ui")!;

        IElement words = Assert.Single(bar.Children, e => e.LocalName == "span" && e.GetAttribute("lang") == language);
        IElement reload = Assert.Single(words.QuerySelectorAll("a.reload"));
        IElement dismissName = Assert.Single(bar.QuerySelectorAll($"button.dismiss .visually-hidden[lang='{language}']"));

        Assert.False(string.IsNullOrWhiteSpace(words.TextContent.Replace(reload.TextContent, string.Empty, StringComparison.Ordinal)));
        Assert.False(string.IsNullOrWhiteSpace(reload.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(dismissName.TextContent));
        Assert.Contains($"html[lang=\"{language}\"] #blazor-error-ui [lang=\"{language}\"]", Style, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_pages_language_is_shown()
    {
        Assert.Contains("#blazor-error-ui [lang] { display: none; }", Style, StringComparison.Ordinal);
        Assert.Equal(LanguageChoice.Supported.Count + 1, Page.GetElementById("blazor-error-ui")!.Children.Length);
    }
}
