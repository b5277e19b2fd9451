using System.Net;
using FocalPoints.Testing.Hosts;
using FocalPoints.Tools.Measure.PortalLoad;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FocalPoints.SelfHost.Tests.Portal;

/// <summary>
/// What the portal loads for a language: its own ICU data (the six languages only) formats dates as .NET's whole
/// ICU does, and a first visit fetches the resources of the person's language and of no other.
/// </summary>
[Collection(PortalTests.Name)]
public sealed class LanguageDataTests(PortalFixture portal)
{
    /// <summary>A Friday: the session's date in every culture below.</summary>
    private const string SessionDate = "2027-03-05";

    /// <summary>
    /// The cultures the portal may pick (the six languages, and the regional cultures of browsers that speak them) and
    /// the session's date in each, long format, as the portal rendered it with the runtime pack's whole ICU
    /// (<c>icudt.dat</c>) before it had its own. A language missing from the portal's ICU data falls back to root's
    /// pattern and names, en-GB without its region to the American order (<c>Friday, March 5, 2027</c>); the
    /// long dates of fr-CA and es-MX are their language's, whose regional items <c>IcuDataTests</c> checks.
    /// </summary>
    public static TheoryData<string, string?, string> Cultures => new()
    {
        // Browser language, the portal's remembered choice (null: none), the date.
        { "en-GB", "ar", "الجمعة، 5 مارس 2027" },
        { "ar-EG", null, "الجمعة، 5 مارس 2027" },
        { "en-GB", "zh-Hans", "2027年3月5日星期五" },
        { "zh-CN", null, "2027年3月5日星期五" },
        { "en-GB", null, "Friday, 5 March 2027" },
        { "fr-CA", null, "vendredi 5 mars 2027" },
        { "es-MX", null, "viernes, 5 de marzo de 2027" },
        { "ru-RU", null, "пятница, 5 марта 2027 г." },
    };

    /// <summary>
    /// The six languages as <c>measure-portal</c> visits them, each with a browser that speaks it and the satellite
    /// resources' culture it should fetch (none for English, the portal's own); and a choice remembered from an earlier
    /// visit, which wins over the browser's language: only its resources load.
    /// </summary>
    public static TheoryData<string, string?, string?> Languages()
    {
        // Browser language, the portal's remembered choice, the satellite resources' culture expected.
        var data = new TheoryData<string, string?, string?>();
        foreach (PortalLanguage language in PortalLanguage.All)
        {
            data.Add(language.BrowserLocale, null, language.SatelliteCulture);
        }

        data.Add("fr-FR", "ar", "ar");
        return data;
    }

    [Fact(Timeout = 600_000)]
    public async Task Dates_read_as_with_the_whole_of_ICU_in_every_culture_the_portal_may_pick()
    {
        string session = await ScheduleSessionAsync();
        var wrong = new List<string>();

        foreach ((string locale, string? chosen, string expected) in Cultures.Select(row => ((string)row[0], (string?)row[1], (string)row[2])))
        {
            IPage page = await portal.NewPageAsync(locale: locale, timeZone: "Europe/Copenhagen", chosenLanguage: chosen);
            await portal.SignInAsCoordinatorAsync(page, $"/peer-reviews/{session}");
            ILocator date = page.Locator("dl.facts dd").First;
            await Expect(date).Not.ToBeEmptyAsync();
            string shown = (await date.InnerTextAsync()).Trim();
            if (shown != expected)
            {
                wrong.Add($"{locale} (chosen: {chosen ?? "none"}): \"{shown}\", expected \"{expected}\"");
            }

            await page.Context.CloseAsync();
        }

        Assert.True(wrong.Count == 0, "The session's date differs from the whole ICU's:\n" + string.Join('\n', wrong));
    }

    [Theory(Timeout = 180_000)]
    [MemberData(nameof(Languages))]
    public async Task A_first_visit_fetches_the_resources_of_its_language_only(string locale, string? chosen, string? expected)
    {
        IPage page = await portal.NewPageAsync(locale: locale, chosenLanguage: chosen);
        var cultures = new System.Collections.Concurrent.ConcurrentBag<string>();
        page.Request += (_, request) =>
        {
            if (TransferCounter.SatelliteCulture(request.Url) is { } culture)
            {
                cultures.Add(culture);
            }
        };

        await portal.GotoAsync(page, "/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", chosen ?? expected ?? "en");
        Assert.Equal(expected is null ? [] : WithParents(expected), cultures.Distinct().Order(StringComparer.Ordinal));
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// A culture and its parents, whose satellite resources .NET falls back to: <c>zh-Hans</c> loads the
    /// portal's <c>zh-Hans</c> and the domain's <c>zh</c> (the Framework's Chinese terms).
    /// </summary>
    private static string[] WithParents(string culture)
    {
        var chain = new List<string>();
        for (var c = System.Globalization.CultureInfo.GetCultureInfo(culture); !c.Equals(System.Globalization.CultureInfo.InvariantCulture); c = c.Parent)
        {
            chain.Add(c.Name);
        }

        return [.. chain.Order(StringComparer.Ordinal)];
    }

    /// <summary>A session on GHA on <see cref="SessionDate"/>, which only this test reads.</summary>
    private async Task<string> ScheduleSessionAsync()
    {
        ApiResponse created = NetworkScenario.Ensure(await portal.Host.Api.PostAsync("/api/peer-reviews", new
        {
            title = "Dates in every language",
            date = SessionDate,
            cycleId = PortalFixture.Cycle,
            countries = new[] { "GHA" },
            reviewers = new[] { PortalFixture.PeerReviewerEmail },
        }, NetworkScenario.Coordinator), HttpStatusCode.Created);
        return (string)created.Json!["sessionId"]!;
    }
}
