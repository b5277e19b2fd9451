using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FocalPoints.SelfHost.Tests.Portal;

/// <summary>A focal point's step form in the browser.</summary>
[Collection(PortalTests.Name)]
public sealed class FocalPointFlowTests(PortalFixture portal)
{
    [Theory(Timeout = 180_000)]
    [InlineData("fr-FR", "Europe/Paris", "fr", "Évaluation des risques", "Niveau")]
    [InlineData("es-ES", "Europe/Madrid", "es", "Evaluación de riesgos", "Nivel")]
    public async Task The_step_form_is_in_French_and_in_Spanish(string locale, string timeZone, string language, string heading, string rating)
    {
        IPage page = await portal.NewPageAsync(locale, timeZone);

        await portal.SignInAsFocalPointAsync(page, "FRA", $"/cycles/{PortalFixture.Cycle}/countries/FRA/steps/risk-assessment");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        await Expect(Group(page, "RF1").GetByLabel(rating)).ToBeVisibleAsync();
        await PortalFixture.AxeCheckAsync(page);
        await PortalFixture.ScreenshotAsync(page, $"risk-assessment-{language}");
        await page.Context.CloseAsync();
    }

    /// <summary>A factor's or restraint's card: the group its legend names ("RF1 — …", "R7 — …").</summary>
    private static ILocator Group(IPage page, string id) =>
        page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex($"^{Regex.Escape(id)} —") });
}
