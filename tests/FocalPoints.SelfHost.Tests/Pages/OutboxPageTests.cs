using FocalPoints.SelfHost.Tests.Api;
using FocalPoints.Testing.Hosts;
using Microsoft.Playwright;

namespace FocalPoints.SelfHost.Tests.Pages;

/// <summary>The outbox page in a real headless Chromium (Debian's, driven by Playwright).</summary>
public sealed class OutboxPageTests(StrategyHostFixture host) : IClassFixture<StrategyHostFixture>
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact(Timeout = 120_000)]
    public async Task Coordinator_reads_the_outbox_page_in_a_browser()
    {
        Assert.True(File.Exists(Chromium), "Debian's chromium is required (.ci/run installs it).");
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        await using IBrowserContext context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            // App Service authentication would add this header; the self-host believes it from loopback in Development.
            ExtraHTTPHeaders = new Dictionary<string, string> { ["X-MS-CLIENT-PRINCIPAL"] = NetworkScenario.Coordinator },
        });
        IPage page = await context.NewPageAsync();

        IResponse? response = await page.GotoAsync(new Uri(host.Host.App.BaseAddress, $"/api/dev/outbox?cycleId={StrategyHostFixture.Cycle}").ToString());

        Assert.Equal(200, response!.Status);
        Assert.Equal("FocalPoints outbox", await page.TitleAsync());
        Assert.Equal($"Outbox — cycle {StrategyHostFixture.Cycle}", await page.Locator("h1").InnerTextAsync());
        ILocator rows = page.Locator("tr.message");
        Assert.True(await rows.CountAsync() >= 4, "cycleOpened and stepOpened for GHA and CRI");
        ILocator opened = page.Locator("tr.message[data-moment=StepOpened]").First;
        ILocator text = opened.Locator("pre");
        Assert.False(await text.IsVisibleAsync());
        await opened.Locator("summary").ClickAsync();
        Assert.True(await text.IsVisibleAsync());
        Assert.Contains("Step 1 of 4, risk assessment, is open for", await text.InnerTextAsync(), StringComparison.Ordinal);

        string screenshot = Path.Combine(AppContext.BaseDirectory, "outbox-page.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 0);
    }

    [Fact(Timeout = 60_000)]
    public async Task Programs_still_get_json()
    {
        ApiResponse json = await host.Host.Api.GetAsync($"/api/dev/outbox?cycleId={StrategyHostFixture.Cycle}", NetworkScenario.Coordinator);
        Assert.Equal("application/json", json.ContentType);
    }
}
