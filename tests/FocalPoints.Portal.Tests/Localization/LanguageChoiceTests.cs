using FocalPoints.Portal.Localization;

namespace FocalPoints.Portal.Tests.Localization;

public sealed class LanguageChoiceTests
{
    [Theory]
    [InlineData("es", new[] { "fr-FR" }, "es")]
    [InlineData(null, new[] { "de-DE", "fr-CA", "en" }, "fr")]
    [InlineData("de", new[] { "ja" }, "en")]
    [InlineData(null, new[] { "ES-mx" }, "es")]
    public void Pick_prefers_the_remembered_choice_then_the_browser_then_English(string? chosen, string[] browser, string expected) =>
        Assert.Equal(expected, LanguageChoice.Pick(chosen, browser));
}
