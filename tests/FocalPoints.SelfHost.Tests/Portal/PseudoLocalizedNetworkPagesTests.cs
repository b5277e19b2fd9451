using System.Net;
using FocalPoints.Domain.Strategies;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;
using Microsoft.Playwright;

namespace FocalPoints.SelfHost.Tests.Portal;

/// <summary>
/// The comparison's two cycles, and in the second Denmark's two shared actions: the first offered as good practice,
/// featured and attached to a peer-review session on Denmark; the second still to offer.
/// </summary>
public sealed class NetworkPagesFixture : ComparisonFixture
{
    public const string OfferedAction = "Regional mediation network";
    public const string OtherAction = "Radio literacy campaign";
    public const string WhatWorked = "Mediators settled disputes before they grew.";
    public const string SessionTitle = "Second-cycle peer review";

    public string EntryId { get; private set; } = null!;

    public string SecondSessionId { get; private set; } = null!;

    protected override async Task SeedAsync()
    {
        await base.SeedAsync();
        string denmark = Principals.FocalPoint(Principals.FocalPointEmail("DNK"));
        await Network.CompleteStepAsync(Second, "DNK", StrategyStep.ActionPrioritisation, new ActionPrioritisationBuilder()
            .WithAction(OfferedAction, "R5", 1, ["RF2"])
            .WithAction(OtherAction, "R6", 2, ["RF2"])
            .Build());
        ApiResponse offered = NetworkScenario.Ensure(await Host.Api.PostAsync("/api/good-practice", new
        {
            cycleId = Second,
            country = "DNK",
            kind = "action",
            index = 0,
            whatWorked = WhatWorked,
            language = "en",
        }, denmark), HttpStatusCode.Created);
        EntryId = (string)offered.Json!["entryId"]!;
        NetworkScenario.Ensure(await Host.Api.PutAsync($"/api/good-practice/{EntryId}/featured", new { featured = true }, NetworkScenario.Coordinator), HttpStatusCode.OK);
        ApiResponse session = NetworkScenario.Ensure(await Host.Api.PostAsync("/api/peer-reviews", new
        {
            title = SessionTitle,
            date = "2027-01-15",
            cycleId = Second,
            countries = new[] { "DNK" },
            reviewers = new[] { PeerReviewerEmail },
        }, NetworkScenario.Coordinator), HttpStatusCode.Created);
        SecondSessionId = (string)session.Json!["sessionId"]!;
        NetworkScenario.Ensure(await Host.Api.PutAsync($"/api/good-practice/{EntryId}/sessions/{SecondSessionId}", new { }, NetworkScenario.Coordinator), HttpStatusCode.OK);
    }
}

/// <summary>
/// The network's pages in the pseudo-locale (see <see cref="PseudoLocalizedPagesTests"/>): the good-practice library
/// for each role, the offer form on a step, Insights, the comparison and early warning on the country page and My work,
/// the good practice attached to a session, and the reviewed country's form for a recommendation's progress.
/// </summary>
[Collection(PortalTests.Name)]
public sealed class PseudoLocalizedNetworkPagesTests(NetworkPagesFixture portal) : IClassFixture<NetworkPagesFixture>
{
    private static readonly string[] Data =
    [
        .. PseudoLocalizedPagesTests.Data,
        NetworkPagesFixture.OfferedAction, NetworkPagesFixture.OtherAction, NetworkPagesFixture.WhatWorked, NetworkPagesFixture.SessionTitle,
        "First-cycle peer review", "Publish the early-warning indicators every quarter.", ComparisonFixture.Declared, "Train the police  in crowd control", "Train the police in crowd control",
        "Fund community radio monitoring", "Open district mediation councils", "Evidence for", "Denmark", "Ghana",
        $"Cycle {ComparisonFixture.First}", $"Cycle {ComparisonFixture.Second}",
    ];

    [Fact(Timeout = 600_000)]
    public async Task The_network_pages_show_no_English_outside_the_resources()
    {
        string ghana = PortalFixture.FocalPointEmail("GHA");
        string denmark = PortalFixture.FocalPointEmail("DNK");
        string insights = $"/insights?cycle={ComparisonFixture.Second}";
        var pages = new PseudoWalkPage[]
        {
            new(ghana, "FocalPoint", "/", "the early warning shown", Shows(".early-warning")),
            new(ghana, "FocalPoint", $"/cycles/{ComparisonFixture.Second}/countries/GHA", "the comparison shown", Shows("section.comparison table")),
            new(PortalFixture.CoordinatorEmail, "Coordinator", $"/cycles/{ComparisonFixture.Second}/countries/GHA", "the comparison shown", Shows("section.comparison table")),
            new(PortalFixture.CoordinatorEmail, "Coordinator", insights, "the figures shown", Shows("table.insights")),
            new(denmark, "FocalPoint", insights, "the figures shown", Shows("table.insights")),
            new(ghana, "FocalPoint", "/good-practice", "an entry shown", Shows("article.entry")),
            new(PortalFixture.CoordinatorEmail, "Coordinator", "/good-practice", "an entry shown", Shows("article.entry")),
            new(PortalFixture.PeerReviewerEmail, "PeerReviewer", "/good-practice", "an entry shown", Shows("article.entry")),
            new(denmark, "FocalPoint", $"/cycles/{ComparisonFixture.Second}/countries/DNK/steps/action-prioritisation", "the offer form sent empty", OpenOfferAsync),
            new(PortalFixture.CoordinatorEmail, "Coordinator", $"/peer-reviews/{portal.SecondSessionId}", "the attached entry shown", Shows("article.entry")),
            new(ghana, "FocalPoint", $"/peer-reviews/{portal.FirstSessionId}", "a recommendation's progress sent empty", DeclareEmptyAsync),
            new(PortalFixture.PeerReviewerEmail, "PeerReviewer", $"/peer-reviews/{portal.SecondSessionId}", "the attached entry shown", Shows("article.entry")),
        };

        await PseudoLocalizedPagesTests.AssertNoEnglishAsync(portal, pages, Data);
    }

    /// <summary>Waits until the part of the page the walk is for is there (the page loads it after its heading).</summary>
    private static Func<IPage, Task> Shows(string selector) =>
        page => Microsoft.Playwright.Assertions.Expect(page.Locator(selector).First).ToBeVisibleAsync(new() { Timeout = 60_000 });

    /// <summary>Sends the first recommendation's progress with nothing chosen, so its error shows too.</summary>
    private static async Task DeclareEmptyAsync(IPage page)
    {
        ILocator form = page.Locator("form.progress-form").First;
        await form.Locator("fluent-button[type=submit]").ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(form.Locator("select")).ToHaveAttributeAsync("aria-invalid", "true", new() { Timeout = 60_000 });
    }

    /// <summary>Opens the offer form of the item not yet offered and sends it empty, so its errors show too.</summary>
    private static async Task OpenOfferAsync(IPage page)
    {
        ILocator offer = page.Locator("section.offer");
        await offer.Locator("li", new() { HasText = NetworkPagesFixture.OtherAction }).Locator("fluent-button").ClickAsync();
        await offer.Locator("form.offer-form fluent-button[type=submit]").ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(offer.Locator("#gp-worked")).ToHaveAttributeAsync("aria-invalid", "true");
    }
}
