using System.Net;
using System.Text.RegularExpressions;
using FocalPoints.Domain.Strategies;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FocalPoints.SelfHost.Tests.Portal;

/// <summary>
/// Cycle <c>gp</c> of its own network, so no other portal test's countries move: Ghana's prioritised
/// actions are approved and shared with the network; Kenya's are approved but confidential and hold a canary.
/// </summary>
public sealed class GoodPracticePortalFixture : PortalFixture
{
    public const string GoodPracticeCycle = "gp";
    public const string SharedAction = "Community early-warning committees";
    public const string Canary = "CANARY-9c1e confidential good practice";

    protected override async Task SeedAsync()
    {
        await Network.RegisterAsync("GHA", "KEN");
        await RegisterCoordinatorsAsync();
        NetworkScenario.Ensure(await Network.OpenCycleAsync(GoodPracticeCycle, ["GHA", "KEN"], NetworkScenario.SlowSchedule), HttpStatusCode.Accepted);
        foreach (string country in new[] { "GHA", "KEN" })
        {
            await Network.CompleteStepAsync(GoodPracticeCycle, country, StrategyStep.RiskAssessment, StepContents.Complete(StrategyStep.RiskAssessment));
        }

        await Network.CompleteStepAsync(GoodPracticeCycle, "GHA", StrategyStep.ActionPrioritisation,
            new ActionPrioritisationBuilder().WithAction(SharedAction, "R3", 1, ["RF2"]).Build());
        await Network.CompleteStepAsync(GoodPracticeCycle, "KEN", StrategyStep.ActionPrioritisation,
            new ActionPrioritisationBuilder().WithAction(Canary, "R3", 1, ["RF2"]).Build() with { Sharing = Sharing.Confidential });
    }
}

/// <summary>A focal point offers an approved, shared action as good practice; another country's focal point finds it in the library by its filters.</summary>
[Collection(PortalTests.Name)]
public sealed class GoodPracticeFlowTests(GoodPracticePortalFixture portal) : IClassFixture<GoodPracticePortalFixture>
{
    private const string WhatWorked = "District committees raised alerts within days; the radio stations relayed them.";

    [Fact(Timeout = 300_000)]
    public async Task A_focal_point_offers_an_action_and_another_country_finds_it_by_filter()
    {
        // Ghana's focal point offers the approved action; the note is required and its error shows at the field.
        IPage ghana = await portal.NewPageAsync();
        await portal.SignInAsFocalPointAsync(ghana, "GHA", $"/cycles/{GoodPracticePortalFixture.GoodPracticeCycle}/countries/GHA/steps/action-prioritisation");
        ILocator offer = ghana.GetByRole(AriaRole.Region, new() { Name = "Share good practice with the network" });
        await offer.GetByRole(AriaRole.Button, new() { Name = $"Offer as good practice: An action: {GoodPracticePortalFixture.SharedAction}" }).ClickAsync();
        await offer.GetByRole(AriaRole.Button, new() { Name = "Offer to the network" }).ClickAsync();
        ILocator worked = offer.GetByLabel("What worked", new() { Exact = true });
        await Expect(worked).ToHaveAttributeAsync("aria-invalid", "true");
        await worked.FillAsync(WhatWorked);
        await offer.GetByLabel("What did not work", new() { Exact = true }).FillAsync("Coverage of remote areas stayed thin.");
        await offer.GetByLabel("Language of your note").SelectOptionAsync("En");
        // The action's own restraint and factor are checked and fixed; the focal point adds a factor it also addresses.
        ILocator ownRestraint = offer.GetByRole(AriaRole.Group, new() { Name = "Restraints this item also addresses" }).GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^R3 ") });
        await Expect(ownRestraint).ToBeCheckedAsync();
        await Expect(ownRestraint).ToBeDisabledAsync();
        await offer.GetByRole(AriaRole.Group, new() { Name = "Risk factors this item also addresses" }).GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^RF9 ") }).CheckAsync();
        await ownRestraint.ScrollIntoViewIfNeededAsync();
        await PortalFixture.ScreenshotAsync(ghana, "good-practice-offer-form");
        await offer.GetByRole(AriaRole.Button, new() { Name = "Offer to the network" }).ClickAsync();
        await Expect(offer.GetByText("Offered to the network.")).ToBeVisibleAsync();
        await Expect(offer.GetByText("In the good-practice library", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(offer.GetByRole(AriaRole.Button, new() { Name = "Offer as good practice" })).ToHaveCountAsync(0);
        await PortalFixture.AxeCheckAsync(ghana);
        await PortalFixture.ScreenshotAsync(ghana, "good-practice-offer");
        await ghana.Context.CloseAsync();

        // Kenya's focal point finds it in the library through the navigation, by restraint and regional group.
        IPage kenya = await portal.NewPageAsync(timeZone: "Africa/Nairobi");
        await portal.SignInAsFocalPointAsync(kenya, "KEN");
        await kenya.GetByRole(AriaRole.Link, new() { Name = "Good practice" }).ClickAsync();
        await Expect(kenya.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Good practice shared by the network");
        await kenya.GetByLabel("Restraint", new() { Exact = true }).SelectOptionAsync("R3");
        await kenya.GetByLabel("Regional group").SelectOptionAsync("africanStates");
        await kenya.GetByLabel("Risk factor", new() { Exact = true }).SelectOptionAsync("RF9");
        await kenya.GetByLabel("Words to find").FillAsync("radio");
        await kenya.GetByRole(AriaRole.Button, new() { Name = "Show matching entries" }).ClickAsync();
        await Expect(kenya.GetByRole(AriaRole.Status).Filter(new() { HasText = "Entries found" })).ToHaveTextAsync("Entries found: 1");
        ILocator entry = kenya.GetByRole(AriaRole.Article, new() { Name = GoodPracticePortalFixture.SharedAction });
        await Expect(entry).ToContainTextAsync(WhatWorked);
        await Expect(entry).ToContainTextAsync("Ghana");
        await Expect(entry.GetByRole(AriaRole.Button, new() { Name = "Withdraw from the library" })).ToHaveCountAsync(0);
        Assert.DoesNotContain(GoodPracticePortalFixture.Canary, await kenya.ContentAsync(), StringComparison.Ordinal);
        await PortalFixture.AxeCheckAsync(kenya);
        await PortalFixture.ScreenshotAsync(kenya, "good-practice-library");

        // A filter that does not match leaves it out.
        await kenya.GetByLabel("Regional group").SelectOptionAsync("asiaPacificStates");
        await kenya.GetByRole(AriaRole.Button, new() { Name = "Show matching entries" }).ClickAsync();
        await Expect(kenya.GetByRole(AriaRole.Status).Filter(new() { HasText = "Entries found" })).ToHaveTextAsync("Entries found: 0");
        await kenya.Context.CloseAsync();
    }
}
