using System.Text.Json.Nodes;
using FocalPoints.SelfHost.Tests.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FocalPoints.SelfHost.Tests.Portal;

/// <summary>The portal on a self-host with <see cref="CountryRecordSeed"/> in cycle <c>rec-1</c>.</summary>
public sealed class CountryRecordFixture : PortalFixture
{
    public const string Canary = "CANARY-91b2 Ghana's confidential evidence";

    protected override async Task SeedAsync()
    {
        await Network.RegisterAsync("GHA", "DNK");
        await RegisterCoordinatorsAsync();
        await new CountryRecordSeed("rec-1", Canary, PeerReviewerEmail).SeedAsync(Network, Host.Api);
    }
}

/// <summary>A country's own record: its focal point downloads it from My work as JSON and as a printable document.</summary>
[Collection(PortalTests.Name)]
public sealed class CountryRecordTests(CountryRecordFixture portal) : IClassFixture<CountryRecordFixture>
{
    [Fact(Timeout = 240_000)]
    public async Task A_focal_point_downloads_its_countrys_record_as_JSON_and_as_a_printable_document()
    {
        IPage page = await portal.NewPageAsync();
        await portal.SignInAsFocalPointAsync(page, "GHA", "/");
        ILocator section = page.GetByRole(AriaRole.Region, new() { Name = "Download our country's record" });
        await Expect(section).ToContainTextAsync("includes your confidential content", new() { Timeout = 60_000 });
        await section.ScrollIntoViewIfNeededAsync();
        await PortalFixture.ScreenshotAsync(page, "country-record-my-work");
        await PortalFixture.AxeCheckAsync(page);

        IDownload json = await page.RunAndWaitForDownloadAsync(() => section.GetByRole(AriaRole.Button, new() { Name = "Download as JSON" }).ClickAsync());
        string saved = await File.ReadAllTextAsync((await json.PathAsync())!);
        JsonNode record = JsonNode.Parse(saved)!;
        IDownload printable = await page.RunAndWaitForDownloadAsync(() => section.GetByRole(AriaRole.Button, new() { Name = "Download a printable document" }).ClickAsync());
        string html = await File.ReadAllTextAsync((await printable.PathAsync())!);

        Assert.Matches(@"^focalpoints-record-GHA-\d{4}-\d{2}-\d{2}\.json$", json.SuggestedFilename);
        Assert.Matches(@"^focalpoints-record-GHA-\d{4}-\d{2}-\d{2}\.html$", printable.SuggestedFilename);
        Assert.Equal("focalpoints.country-record/1", (string?)record["schema"]);
        Assert.Equal(["returned", "approved"], record["cycles"]![0]!["steps"]![0]!["versions"]!.AsArray().Select(v => (string?)v!["status"]));
        Assert.Contains(CountryRecordFixture.Canary, saved, StringComparison.Ordinal);
        await page.Context.CloseAsync();

        IPage document = await portal.NewPageAsync();
        await document.SetContentAsync(html);
        await Expect(document.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Record of Ghana");
        await Expect(document.GetByText(CountryRecordFixture.Canary)).ToBeVisibleAsync();
        await Expect(document.GetByText(CountryRecordSeed.Response)).ToBeVisibleAsync();
        await PortalFixture.ScreenshotAsync(document, "country-record-printable");
        await document.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(document.GetByText("Version 1: returned for revision")).ToBeVisibleAsync();
        await document.Context.CloseAsync();
    }

    [Fact(Timeout = 240_000)]
    public async Task In_Arabic_the_section_and_the_printable_document_read_right_to_left()
    {
        IPage page = await portal.NewPageAsync(locale: "ar", chosenLanguage: "ar");
        await portal.SignInAsFocalPointAsync(page, "GHA", "/");
        ILocator section = page.GetByRole(AriaRole.Region, new() { Name = "تنزيل سجل بلدنا" });
        await Expect(section).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await section.ScrollIntoViewIfNeededAsync();
        await PortalFixture.ScreenshotAsync(page, "country-record-my-work-ar");
        IDownload printable = await page.RunAndWaitForDownloadAsync(() => section.GetByRole(AriaRole.Button, new() { Name = "تنزيل وثيقة قابلة للطباعة" }).ClickAsync());
        string html = await File.ReadAllTextAsync((await printable.PathAsync())!);
        await page.Context.CloseAsync();

        IPage document = await portal.NewPageAsync(locale: "ar");
        await document.SetContentAsync(html);
        await Expect(document.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(document.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("سجل غانا");

        // English written into the Arabic document reads left to right within it: its full stop on its right.
        foreach (string typed in new[] { CountryRecordSeed.Recommendation, CountryRecordSeed.ReturnComments })
        {
            Assert.True(await document.EvaluateAsync<bool?>(PortalFixture.FullStopOnTheRight, typed), $"\"{typed}\" is not laid out left to right with its full stop at its end");
        }

        await PortalFixture.ScreenshotAsync(document, "country-record-printable-ar");
        await document.Context.CloseAsync();
    }

    [Fact(Timeout = 240_000)]
    public async Task Another_countrys_focal_point_sees_only_its_own_record_section()
    {
        IPage page = await portal.NewPageAsync();
        await portal.SignInAsFocalPointAsync(page, "DNK", "/");

        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Download our country's record" })).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        await Expect(page.GetByText("Ghana")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
