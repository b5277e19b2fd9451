using System.Net;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;
using FocalPoints.Infrastructure.Mail;
using FocalPoints.SelfHost.Tests.Portal;
using FocalPoints.Tools.Measure;
using Microsoft.Playwright;

namespace FocalPoints.SelfHost.Tests.Mail;

/// <summary>
/// The HTML mail as a recipient's mail client shows it, in Debian's Chromium: Arabic runs right to
/// left with its text, list and quoted comments starting on the right; Chinese and Russian read in
/// their own scripts. Each rendering is saved as <c>email-{language}.png</c> in the test output's
/// <c>screenshots</c> folder, and in <c>docs/screenshots</c> when <c>FOCALPOINTS_SCREENSHOTS=1</c>.
/// </summary>
public sealed class EmailRenderingTests : IAsyncLifetime
{
    private static readonly MessageTemplates Templates = new(new PortalOptions { BaseUrl = "https://focalpoints.example" });
    private static readonly DateTime Due = new(2027, 5, 3, 16, 30, 0, DateTimeKind.Utc);

    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await BrowserLauncher.LaunchAsync(playwright);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }

    [Fact(Timeout = 60_000)]
    public async Task English_comments_quoted_in_an_Arabic_message_keep_their_full_stop_at_their_end()
    {
        // Arrange
        const string english = "Say more on RF9 and its indicators.";
        ComposedMessage message = Templates.Compose(new MessageRequest(
            NotificationMoment.Returned, Language.Ar, "Asia/Riyadh", "National strategies 2027", "CIV", StrategyStep.RiskAssessment, Due,
            Comments: new StepText(english, Sharing.Network), Link: PortalLink.ToStep("2027", "CIV", StrategyStep.RiskAssessment)));
        IPage page = await browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 720, Height = 480 } });

        // Act
        await page.SetContentAsync(MailClient(message, Language.Ar));

        // Assert
        IFrame body = page.Frames.Single(f => f != page.MainFrame);
        Assert.True(await body.EvaluateAsync<bool?>(PortalFixture.FullStopOnTheRight, english), "the English comments are not laid out left to right in the Arabic message");
        await page.CloseAsync();
    }

    [Theory(Timeout = 60_000)]
    [InlineData(Language.Ar, "Asia/Riyadh", "rtl", "right")]
    [InlineData(Language.Zh, "Asia/Shanghai", "ltr", "left")]
    [InlineData(Language.Ru, "Europe/Moscow", "ltr", "left")]
    [InlineData(Language.En, "Africa/Accra", "ltr", "left")]
    public async Task A_returned_step_reads_in_the_recipients_language_and_direction(Language language, string zone, string direction, string side)
    {
        // Arrange: the message with the most parts (text, quoted comments, a link, the footer).
        ComposedMessage message = Templates.Compose(new MessageRequest(
            NotificationMoment.Returned, language, zone, "National strategies 2027", "CIV", StrategyStep.RiskAssessment, Due,
            Comments: new StepText(Comments(language), Sharing.Network), Link: PortalLink.ToStep("2027", "CIV", StrategyStep.RiskAssessment)));
        IPage page = await browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 720, Height = 480 } });

        // Act: shown as a mail client shows it, the subject above the body.
        await page.SetContentAsync(MailClient(message, language));

        // Assert
        IFrame body = page.Frames.Single(f => f != page.MainFrame);
        Assert.Equal(direction, await body.EvaluateAsync<string>("getComputedStyle(document.querySelector('p')).direction"));
        Assert.Equal(side, await body.EvaluateAsync<string>("getComputedStyle(document.querySelector('p')).textAlign"));
        Assert.Contains(CountryNames.Name("CIV", language), await body.InnerTextAsync("body"), StringComparison.Ordinal);
        if (direction == "rtl")
        {
            // The text starts at the right: the first line of the first paragraph reaches the paragraph's right edge.
            double gap = await body.EvaluateAsync<double>("""
                (() => {
                  const p = document.querySelector('p'), range = document.createRange();
                  range.selectNodeContents(p);
                  const rects = [...range.getClientRects()], top = Math.min(...rects.map(r => r.top));
                  return p.getBoundingClientRect().right - Math.max(...rects.filter(r => r.top - top < 2).map(r => r.right));
                })()
                """);
            Assert.True(gap < 2, $"the first line ends {gap}px short of the right edge");
        }

        await PortalFixture.ScreenshotAsync(page, $"email-{Domain.JsonNaming.CamelCase(language.ToString())}");
    }

    // Comments a coordinator might write, in the recipient's language (people's text is never translated; this is test data).
    private static string Comments(Language language) => language switch
    {
        Language.Ar => "يُرجى إضافة أرقام السلطة القضائية إلى عامل الخطر 8.",
        Language.Zh => "请在风险因素 8 中补充司法机构的数据。",
        Language.Ru => "Просьба добавить данные судебной системы по фактору риска 8.",
        _ => "Please add the judiciary's numbers to risk factor 8.",
    };

    private static string MailClient(ComposedMessage message, Language language)
    {
        string dir = language == Language.Ar ? "rtl" : "ltr";
        return $"""
            <!DOCTYPE html>
            <html><body style="margin:0;font-family:'Segoe UI',Arial,sans-serif;background:#f3f3f3">
            <div dir="{dir}" style="padding:12px 16px;background:#fff;border-bottom:1px solid #ddd">
            <div style="font-size:17px;font-weight:600">{WebUtility.HtmlEncode(message.Subject)}</div>
            <div style="font-size:12px;color:#555" dir="ltr">FocalPoints &lt;focalpoints@network.example&gt; → focal.point@civ.example</div>
            </div>
            <iframe title="message" srcdoc="{WebUtility.HtmlEncode(message.Html)}" style="border:0;width:100%;height:380px;background:#fff"></iframe>
            </body></html>
            """;
    }
}
