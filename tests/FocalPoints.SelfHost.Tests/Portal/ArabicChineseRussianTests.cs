using System.Text.RegularExpressions;
using FocalPoints.Domain.Framework;
using FocalPoints.Domain.Strategies;
using FocalPoints.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FocalPoints.SelfHost.Tests.Portal;

/// <summary>The portal in Arabic (right to left), Chinese and Russian: a risk assessment written and submitted in Arabic, each language from the browser, screenshots of the main pages.</summary>
[Collection(PortalTests.Name)]
public sealed class ArabicChineseRussianTests(PortalFixture portal)
{
    private const string Country = "EGY";
    private static readonly string Form = $"/cycles/{PortalFixture.Cycle}/countries/{Country}/steps/risk-assessment";
    private static readonly string Review = $"/cycles/{PortalFixture.Cycle}/countries/{Country}/review/risk-assessment";

    [Fact(Timeout = 600_000)]
    public async Task A_focal_point_switches_to_Arabic_and_fills_and_submits_the_risk_assessment_right_to_left()
    {
        IPage page = await portal.NewPageAsync(locale: "en-GB", timeZone: "Africa/Cairo");
        await portal.SignInAsFocalPointAsync(page, Country, Form);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Risk assessment");

        await page.GetByLabel("Language", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "العربية" });

        // The whole page in Arabic, laid out right to left: the navigation at the right of the content.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "تقييم المخاطر" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        Assert.Equal("rtl", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('main')).direction"));
        LocatorBoundingBoxResult nav = (await page.Locator("nav.sidenav").BoundingBoxAsync())!;
        LocatorBoundingBoxResult main = (await page.Locator("main").BoundingBoxAsync())!;
        Assert.True(nav.X > main.X, $"the navigation ({nav.X}) is not at the right of the content ({main.X})");

        foreach (RiskFactor factor in RiskFactors.All)
        {
            ILocator card = FocalPointFlowTests.Group(page, factor.Id);
            await card.GetByLabel("المستوى", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = factor.Id == "RF9" ? "مرتفع" : "منخفض" });
            await card.GetByLabel("الاتجاه", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "مستقر" });
            await card.GetByLabel("الأدلة", new() { Exact = true }).FillAsync($"تقرير اللجنة الوطنية لحقوق الإنسان بشأن {factor.Id}، 2026.");
        }

        foreach (Restraint restraint in Restraints.All)
        {
            ILocator card = FocalPointFlowTests.Group(page, restraint.Id);
            await card.GetByLabel("القدرة", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "جزئية" });
            await card.GetByLabel("ملاحظات", new() { Exact = true }).FillAsync($"ملاحظات بشأن {restraint.Id}.");
        }

        await page.GetByLabel("جرت استشارة المجتمع المدني").CheckAsync();
        await PortalFixture.AxeCheckAsync(page);
        await PortalFixture.ScreenshotAsync(page, "risk-assessment.ar");
        await page.GetByRole(AriaRole.Button, new() { Name = "تقديم للاستعراض" }).ClickAsync();

        await Expect(page.GetByText(new Regex("^شكرًا لكم\\. أُبلغ منسقو الشبكة"))).ToBeVisibleAsync();
        await Eventually.WaitAsync(() => portal.Network.StepStatusAsync(PortalFixture.Cycle, Country, StrategyStep.RiskAssessment), s => s == "submitted", TimeSpan.FromSeconds(30), "EGY's risk assessment");

        // My work in Arabic; the browser keeps the language and nothing else.
        await portal.GotoAsync(page, "/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("عملي");
        await PortalFixture.AxeCheckAsync(page);
        await PortalFixture.ScreenshotAsync(page, "my-work.ar");
        Assert.Equal(["focalpoints.language"], await page.EvaluateAsync<string[]>("() => Object.keys(localStorage)"));
        await page.Context.CloseAsync();

        // The coordinator's review and the network dashboard, in each language: axe in Arabic as in English.
        foreach ((string language, string review, string network) in new[]
        {
            ("ar", "الاستعراض: ", "الشبكة"),
            ("zh-Hans", "审核：", "网络"),
            ("ru", "Рассмотрение: ", "Сеть"),
        })
        {
            IPage coordinator = await portal.NewPageAsync(timeZone: "Europe/Copenhagen", chosenLanguage: language);
            await portal.SignInAsCoordinatorAsync(coordinator, Review);
            await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(review);
            await Expect(coordinator.Locator("html")).ToHaveAttributeAsync("dir", language == "ar" ? "rtl" : "ltr");
            await Expect(coordinator.GetByRole(AriaRole.Main)).ToContainTextAsync("تقرير اللجنة الوطنية لحقوق الإنسان بشأن RF9، 2026.");
            await PortalFixture.AxeCheckAsync(coordinator);
            await PortalFixture.ScreenshotAsync(coordinator, $"review.{Suffix(language)}");

            await portal.GotoAsync(coordinator, $"/network?cycle={PortalFixture.Cycle}");
            await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(network);
            await coordinator.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await PortalFixture.AxeCheckAsync(coordinator);
            await PortalFixture.ScreenshotAsync(coordinator, $"network.{Suffix(language)}");
            await coordinator.Context.CloseAsync();
        }
    }

    [Theory(Timeout = 180_000)]
    [InlineData("zh-Hans", "Asia/Shanghai", "风险评估", "我的工作")]
    [InlineData("ru", "Europe/Moscow", "Оценка рисков", "Моя работа")]
    public async Task The_risk_assessment_and_my_work_in_Chinese_and_in_Russian(string language, string timeZone, string heading, string myWork)
    {
        IPage page = await portal.NewPageAsync(timeZone: timeZone, chosenLanguage: language);

        await portal.SignInAsFocalPointAsync(page, "FRA", $"/cycles/{PortalFixture.Cycle}/countries/FRA/steps/risk-assessment");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        await PortalFixture.AxeCheckAsync(page);
        await PortalFixture.ScreenshotAsync(page, $"risk-assessment.{Suffix(language)}");
        await portal.GotoAsync(page, "/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(myWork);
        await PortalFixture.ScreenshotAsync(page, $"my-work.{Suffix(language)}");
        await page.Context.CloseAsync();
    }

    [Theory(Timeout = 120_000)]
    [InlineData("ar-EG", "Africa/Cairo", "ar", "rtl", "تسجيل الدخول إلى FocalPoints", "تسجيل الدخول")]
    [InlineData("zh-CN", "Asia/Shanghai", "zh-Hans", "ltr", "登录 FocalPoints", "登录")]
    [InlineData("ru-RU", "Europe/Moscow", "ru", "ltr", "Вход в FocalPoints", "Войти")]
    public async Task A_browser_in_Arabic_Chinese_or_Russian_gets_the_portal_in_its_language_at_once(string locale, string timeZone, string language, string dir, string heading, string signIn)
    {
        IPage page = await portal.NewPageAsync(locale, timeZone);

        await portal.GotoAsync(page, "/");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = signIn })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", dir);
        await PortalFixture.AxeCheckAsync(page);
        await page.Context.CloseAsync();
    }

    /// <summary>The screenshot's language suffix: <c>zh</c> for Simplified Chinese.</summary>
    private static string Suffix(string language) => language.Split('-')[0];
}
