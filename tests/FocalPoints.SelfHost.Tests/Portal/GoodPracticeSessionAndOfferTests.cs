using System.Net;
using FocalPoints.Testing.Hosts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FocalPoints.SelfHost.Tests.Portal;

/// <summary>
/// A coordinator detaches good practice from a peer-review session on the session's page, by keyboard and after
/// confirming; a peer reviewer cannot. The offer form's restraints and risk factors, in Arabic.
/// </summary>
[Collection(PortalTests.Name)]
public sealed class GoodPracticeSessionAndOfferTests(NetworkPagesFixture portal) : IClassFixture<NetworkPagesFixture>
{
    [Fact(Timeout = 300_000)]
    public async Task A_coordinator_detaches_an_entry_from_the_session_after_confirming_and_a_peer_reviewer_cannot()
    {
        // A session of its own with Denmark's entry attached, so that the other tests' session keeps its entry.
        ApiResponse created = NetworkScenario.Ensure(await portal.Host.Api.PostAsync("/api/peer-reviews", new
        {
            title = "Nordic peer review",
            date = "2027-02-01",
            cycleId = ComparisonFixture.Second,
            countries = new[] { "DNK" },
            reviewers = new[] { PortalFixture.PeerReviewerEmail },
        }, NetworkScenario.Coordinator), HttpStatusCode.Created);
        string session = (string)created.Json!["sessionId"]!;
        NetworkScenario.Ensure(await portal.Host.Api.PutAsync($"/api/good-practice/{portal.EntryId}/sessions/{session}", new { }, NetworkScenario.Coordinator), HttpStatusCode.OK);

        // The peer reviewer reads the entry and has no button to detach it.
        IPage reviewer = await portal.NewPageAsync();
        await portal.SignInAsync(reviewer, PortalFixture.PeerReviewerEmail, "PeerReviewer", $"/peer-reviews/{session}");
        ILocator attached = reviewer.GetByRole(AriaRole.Region, new() { Name = "Good practice attached to this session" });
        await Expect(attached.GetByRole(AriaRole.Article, new() { Name = NetworkPagesFixture.OfferedAction })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(attached.GetByRole(AriaRole.Button, new() { Name = "Detach from this session" })).ToHaveCountAsync(0);
        await reviewer.Context.CloseAsync();

        IPage page = await portal.NewPageAsync();
        await portal.SignInAsCoordinatorAsync(page, $"/peer-reviews/{session}");
        attached = page.GetByRole(AriaRole.Region, new() { Name = "Good practice attached to this session" });
        ILocator entry = attached.GetByRole(AriaRole.Article, new() { Name = NetworkPagesFixture.OfferedAction });
        ILocator detach = entry.GetByRole(AriaRole.Button, new() { Name = "Detach from this session" });
        string question = $"Detach “{NetworkPagesFixture.OfferedAction}” from this peer-review session?";

        // By keyboard: the button takes Enter, the question takes the focus; "No" keeps it attached.
        await detach.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        ILocator confirm = page.GetByRole(AriaRole.Alertdialog, new() { Name = question });
        await Expect(confirm).ToBeVisibleAsync();
        await Expect(confirm.GetByText(question)).ToBeFocusedAsync();
        await PortalFixture.AxeCheckAsync(page);
        await confirm.ScrollIntoViewIfNeededAsync();
        await PortalFixture.ScreenshotAsync(page, "good-practice-detach");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "No, keep it attached" }).ClickAsync();
        await Expect(confirm).ToHaveCountAsync(0);
        await Expect(entry).ToBeVisibleAsync();

        // Confirmed: the entry leaves the session (not the library), and the focus goes to the section's heading.
        await detach.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        await Expect(confirm.GetByRole(AriaRole.Button, new() { Name = "Yes, detach it" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(attached.GetByText("No good practice is attached to this session yet.")).ToBeVisibleAsync();
        await Expect(attached.GetByRole(AriaRole.Heading, new() { Name = "Good practice attached to this session" })).ToBeFocusedAsync();
        await page.Context.CloseAsync();

        ApiResponse library = NetworkScenario.Ensure(await portal.Host.Api.GetAsync($"/api/good-practice?sessionId={session}", NetworkScenario.Coordinator), HttpStatusCode.OK);
        Assert.Empty(library.Json!["entries"]!.AsArray());
        ApiResponse still = NetworkScenario.Ensure(await portal.Host.Api.GetAsync("/api/good-practice", NetworkScenario.Coordinator), HttpStatusCode.OK);
        Assert.Contains(still.Json!["entries"]!.AsArray(), e => (string?)e!["entryId"] == portal.EntryId);
    }

    [Fact(Timeout = 300_000)]
    public async Task The_confirmation_reads_right_to_left_in_Arabic()
    {
        IPage page = await portal.NewPageAsync(chosenLanguage: "ar");
        await portal.SignInAsCoordinatorAsync(page, $"/peer-reviews/{portal.SecondSessionId}");
        ILocator detach = page.GetByRole(AriaRole.Button, new() { Name = "فصل عن هذه الجلسة" });
        await detach.ClickAsync(new() { Timeout = 60_000 });
        ILocator confirm = page.GetByRole(AriaRole.Alertdialog);
        await Expect(confirm).ToContainTextAsync("جلسة استعراض الأقران");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await confirm.ScrollIntoViewIfNeededAsync();
        await PortalFixture.ScreenshotAsync(page, "good-practice-detach.ar");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "لا، أبقه مرفقا" }).ClickAsync();
        await Expect(confirm).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = 300_000)]
    public async Task The_offer_form_chooses_restraints_and_risk_factors_right_to_left_in_Arabic()
    {
        IPage page = await portal.NewPageAsync(chosenLanguage: "ar");
        await portal.SignInAsFocalPointAsync(page, "DNK", $"/cycles/{ComparisonFixture.Second}/countries/DNK/steps/action-prioritisation");
        ILocator offer = page.Locator("section.offer");
        await offer.Locator("li", new() { HasText = NetworkPagesFixture.OtherAction }).GetByRole(AriaRole.Button).ClickAsync(new() { Timeout = 60_000 });
        ILocator restraints = offer.GetByRole(AriaRole.Group, new() { Name = "القيود التي يعالجها هذا البند أيضا" });
        await Expect(restraints.GetByRole(AriaRole.Checkbox, new() { NameRegex = new System.Text.RegularExpressions.Regex("^R6 ") })).ToBeDisabledAsync();
        await offer.GetByRole(AriaRole.Group, new() { Name = "عوامل الخطر التي يعالجها هذا البند أيضا" }).GetByRole(AriaRole.Checkbox, new() { NameRegex = new System.Text.RegularExpressions.Regex("^RF9 ") }).CheckAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await restraints.ScrollIntoViewIfNeededAsync();
        await PortalFixture.AxeCheckAsync(page);
        await PortalFixture.ScreenshotAsync(page, "good-practice-offer-form.ar");
        await page.Context.CloseAsync();
    }
}
