using System.Net;
using FocalPoints.Domain.Strategies;
using FocalPoints.Testing;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FocalPoints.SelfHost.Tests.Portal;

/// <summary>A coordinator's and a peer reviewer's work in the browser, and an accessibility scan of their pages.</summary>
[Collection(PortalTests.Name)]
public sealed class CoordinatorFlowTests(PortalFixture portal)
{
    [Fact(Timeout = 240_000)]
    public async Task A_coordinator_returns_a_step_with_comments_and_approves_the_resubmission()
    {
        // Arrange: CRI's focal point submitted the risk assessment (through the API: the step form is another test's).
        const string comments = "Please add the evidence behind the RF9 rating.";
        NetworkScenario.Ensure(await portal.Network.SubmitAsync(PortalFixture.Cycle, "CRI", StrategyStep.RiskAssessment, new RiskAssessmentBuilder().Build()), HttpStatusCode.Accepted);
        IPage page = await portal.NewPageAsync(timeZone: "Europe/Copenhagen");
        string review = $"/cycles/{PortalFixture.Cycle}/countries/CRI/review/risk-assessment";
        await portal.SignInAsCoordinatorAsync(page, review);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Costa Rica");

        // Act: return without comments (refused at the field), then with them.
        await page.GetByRole(AriaRole.Button, new() { Name = "Return for revision" }).ClickAsync();
        await Expect(page.GetByText("Write comments to return the step")).ToBeVisibleAsync();
        await PortalFixture.AxeCheckAsync(page);
        await page.GetByLabel("Comments").FillAsync(comments);
        await PortalFixture.ScreenshotAsync(page, "review");
        await page.GetByRole(AriaRole.Button, new() { Name = "Return for revision" }).ClickAsync();

        // Assert: returned with the comments; the focal point resubmits; the coordinator approves in the browser.
        await Expect(page.GetByText("Returned for revision with your comments.")).ToBeVisibleAsync();
        await portal.Network.WaitForOpenAsync(PortalFixture.Cycle, "CRI", StrategyStep.RiskAssessment);
        var strategy = await portal.Network.StrategyAsync(PortalFixture.Cycle, "CRI");
        Assert.Equal(comments, (string?)strategy["steps"]![0]!["lastReview"]!["comments"]);
        NetworkScenario.Ensure(await portal.Network.SubmitAsync(PortalFixture.Cycle, "CRI", StrategyStep.RiskAssessment, new RiskAssessmentBuilder().WithFactor("RF9", Domain.Strategies.Content.RiskRating.Moderate, evidence: "Hate speech monitoring, 2026.").Build()), HttpStatusCode.Accepted);
        await Eventually.WaitAsync(() => portal.Network.StepStatusAsync(PortalFixture.Cycle, "CRI", StrategyStep.RiskAssessment), s => s == "submitted", TimeSpan.FromSeconds(30), "CRI's resubmission");
        await portal.GotoAsync(page, review);
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Expect(page.GetByText("Approved. The focal points are told, and the next step opens.")).ToBeVisibleAsync();

        // The approval opened the next step in its own write: open at once, not once the workflow has heard it.
        Assert.Equal("open", await portal.Network.StepStatusAsync(PortalFixture.Cycle, "CRI", StrategyStep.ActionPrioritisation));
        await portal.GotoAsync(page, $"/cycles/{PortalFixture.Cycle}/countries/CRI");
        ILocator steps = page.GetByRole(AriaRole.Table).First.GetByRole(AriaRole.Row);
        await Expect(steps.Filter(new() { HasText = "Risk assessment" })).ToContainTextAsync("Approved");
        await Expect(steps.Filter(new() { HasText = "Action prioritisation" })).ToContainTextAsync("Open");
        await PortalFixture.ScreenshotAsync(page, "country-approved");
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = 180_000)]
    public async Task A_peer_reviewer_sees_what_the_country_shared_and_not_its_confidential_step()
    {
        IPage page = await portal.NewPageAsync(timeZone: "Africa/Dakar");

        await portal.SignInAsync(page, PortalFixture.PeerReviewerEmail, "PeerReviewer", $"/peer-reviews/{portal.SessionId}");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("West Africa peer review");
        IFrameLocator senegal = page.FrameLocator("iframe[title='Summary of Senegal for the peer review']");
        await Expect(senegal.GetByRole(AriaRole.Row).Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^RF9 ") })).ToContainTextAsync(new System.Text.RegularExpressions.Regex("severe", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        foreach (IFrame frame in page.Frames)
        {
            string html = await frame.ContentAsync();
            Assert.DoesNotContain(PortalFixture.ConfidentialCanary, html, StringComparison.Ordinal);
        }

        await PortalFixture.AxeCheckAsync(page);
        await PortalFixture.ScreenshotAsync(page, "peer-review");
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = 180_000)]
    public async Task A_coordinators_download_on_the_session_page_is_the_shared_edition_and_the_internal_one_is_a_separate_labelled_action()
    {
        IPage page = await portal.NewPageAsync(timeZone: "Europe/Copenhagen");
        await portal.SignInAsCoordinatorAsync(page, $"/peer-reviews/{portal.SessionId}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("West Africa peer review");

        IDownload shared = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download the printable comparative summary" }).ClickAsync());
        string sharedHtml = await File.ReadAllTextAsync((await shared.PathAsync())!);
        ILocator internalEdition = page.GetByRole(AriaRole.Button, new() { Name = "Download the coordinators' edition (confidential, not for reviewers)" });
        await Expect(page.GetByText("Do not forward it to reviewers")).ToBeVisibleAsync();
        await internalEdition.ScrollIntoViewIfNeededAsync();
        await PortalFixture.ScreenshotAsync(page, "peer-review-coordinator");
        IDownload confidential = await page.RunAndWaitForDownloadAsync(() => internalEdition.ClickAsync());
        string internalHtml = await File.ReadAllTextAsync((await confidential.PathAsync())!);

        Assert.Equal($"peer-review-{portal.SessionId}.html", shared.SuggestedFilename);
        Assert.DoesNotContain(PortalFixture.ConfidentialCanary, sharedHtml, StringComparison.Ordinal);
        Assert.Contains("Only what each country shares with the network.", sharedHtml, StringComparison.Ordinal);
        Assert.Equal($"peer-review-{portal.SessionId}-coordinators-only.html", confidential.SuggestedFilename);
        Assert.Contains("includes content the countries keep confidential", internalHtml, StringComparison.Ordinal);
        Assert.Contains(PortalFixture.ConfidentialCanary, internalHtml, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = 180_000)]
    public async Task A_coordinator_reads_a_countrys_summary_in_the_page_and_downloads_it_and_the_networks_csv()
    {
        IPage page = await portal.NewPageAsync(timeZone: "Europe/Copenhagen");
        await portal.SignInAsCoordinatorAsync(page, $"/cycles/{PortalFixture.Cycle}/countries/SEN");

        // The summary is fetched by the portal and shown from memory in a sandboxed frame (no src: nothing navigates to the API).
        ILocator frame = page.Locator("iframe[title='Summary of Senegal']");
        await Expect(frame).ToHaveAttributeAsync("sandbox", string.Empty);
        Assert.Null(await frame.GetAttributeAsync("src"));
        // In view first: Chromium does not paint a cross-origin frame while it is off screen, so the
        // screenshot is taken once the frame's content has been found where the reader sees it.
        await frame.ScrollIntoViewIfNeededAsync();
        await Expect(page.FrameLocator("iframe[title='Summary of Senegal']").GetByRole(AriaRole.Row).Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^RF9 ") })).ToContainTextAsync("severe", new() { IgnoreCase = true });
        await PortalFixture.ScreenshotAsync(page, "country-summary");
        IDownload summary = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download the printable summary" }).ClickAsync());
        string html = await File.ReadAllTextAsync((await summary.PathAsync())!);

        await portal.GotoAsync(page, $"/network?cycle={PortalFixture.Cycle}");
        IDownload csv = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download CSV" }).ClickAsync());
        string rows = await File.ReadAllTextAsync((await csv.PathAsync())!);

        Assert.Equal($"summary-{PortalFixture.Cycle}-SEN.html", summary.SuggestedFilename);
        Assert.Contains("<h1>", html, StringComparison.Ordinal);
        Assert.Contains("RF9", html, StringComparison.Ordinal);
        Assert.Equal($"progress-{PortalFixture.Cycle}.csv", csv.SuggestedFilename);
        Assert.Contains("SEN", rows, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Theory(Timeout = 180_000)]
    [InlineData("/network", "network")]
    [InlineData("/reviews", "reviews")]
    [InlineData("/cycles/portal/countries/GHA", "country")]
    [InlineData("/cycles/new", "open-cycle")]
    [InlineData("/directory", "directory")]
    [InlineData("/peer-reviews", "peer-reviews")]
    [InlineData("/peer-reviews/new", "schedule-peer-review")]
    public async Task Every_coordinator_page_passes_the_accessibility_scan(string path, string screenshot)
    {
        IPage page = await portal.NewPageAsync(timeZone: "Europe/Copenhagen");

        await portal.SignInAsCoordinatorAsync(page, path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await PortalFixture.AxeCheckAsync(page);
        await PortalFixture.ScreenshotAsync(page, screenshot);
        await page.Context.CloseAsync();
    }
}
