using System.Globalization;
using System.Net;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FocalPoints.SelfHost.Tests.Portal;

/// <summary>
/// Ghana and Denmark in two cycles. Ghana's RF9 rose from moderate to severe (an action covers it: the
/// submission rule asks that of a high or severe factor) and its RF5 is worsening in both cycles with no
/// action covering it; Denmark's RF2 rose from low to moderate only. Ghana had two recommendations in the
/// first cycle's peer review, both past their follow-up date and neither declared: the first stays so,
/// the second Ghana's focal point declares implemented in a test.
/// </summary>
public class ComparisonFixture : PortalFixture
{
    public const string First = "cmp-1";
    public const string Second = "cmp-2";
    public const string Declared = "Adopt the national prevention plan by decree.";

    /// <summary>The first cycle's peer-review session.</summary>
    public string FirstSessionId { get; private set; } = string.Empty;

    protected override async Task SeedAsync()
    {
        await Network.RegisterAsync("GHA", "DNK");
        await RegisterCoordinatorsAsync();
        NetworkScenario.Ensure(await Network.OpenCycleAsync(First, ["GHA", "DNK"], NetworkScenario.SlowSchedule), HttpStatusCode.Accepted);
        await Network.CompleteStepAsync(First, "GHA", StrategyStep.RiskAssessment, new RiskAssessmentBuilder().WithFactor("RF9", RiskRating.Moderate, Trend.Worsening).WithFactor("RF5", RiskRating.Moderate, Trend.Worsening).SharedAs(Sharing.Network).Build());
        await Network.CompleteStepAsync(First, "GHA", StrategyStep.ActionPrioritisation, new ActionPrioritisationBuilder()
            .WithAction("Train the police in crowd control", "R1", 1, ["RF1"], start: new DateOnly(2019, 1, 1), end: new DateOnly(2020, 12, 31))
            .WithAction("Fund community radio monitoring", "R6", 2, ["RF9"], end: new DateOnly(2099, 12, 31))
            .Build());
        await Network.CompleteStepAsync(First, "DNK", StrategyStep.RiskAssessment, new RiskAssessmentBuilder().WithFactor("RF2", RiskRating.Low).Build());
        ApiResponse session = NetworkScenario.Ensure(await Host.Api.PostAsync("/api/peer-reviews", new
        {
            title = "First-cycle peer review",
            date = "2026-01-15",
            cycleId = First,
            countries = new[] { "GHA" },
            reviewers = new[] { PeerReviewerEmail },
        }, NetworkScenario.Coordinator), HttpStatusCode.Created);
        FirstSessionId = (string)session.Json!["sessionId"]!;
        foreach (string text in new[] { "Publish the early-warning indicators every quarter.", Declared })
        {
            NetworkScenario.Ensure(await Host.Api.PostAsync($"/api/peer-reviews/{FirstSessionId}/recommendations", new
            {
                country = "GHA",
                text,
                status = "accepted",
                followUpBy = "2026-06-30",
            }, NetworkScenario.Coordinator), HttpStatusCode.Created);
        }

        NetworkScenario.Ensure(await Network.OpenCycleAsync(Second, ["GHA", "DNK"], NetworkScenario.SlowSchedule), HttpStatusCode.Accepted);
        await Network.CompleteStepAsync(Second, "GHA", StrategyStep.RiskAssessment, new RiskAssessmentBuilder().WithFactor("RF9", RiskRating.Severe, Trend.Worsening).WithFactor("RF5", RiskRating.Moderate, Trend.Worsening).SharedAs(Sharing.Network).Build());
        await Network.CompleteStepAsync(Second, "GHA", StrategyStep.ActionPrioritisation, new ActionPrioritisationBuilder()
            .WithAction("Train the police  in crowd control", "R1", 1, ["RF1"])
            .WithAction("Open district mediation councils", "R5", 2, ["RF9"])
            .Build());
        await Network.CompleteStepAsync(Second, "DNK", StrategyStep.RiskAssessment, new RiskAssessmentBuilder().WithFactor("RF2", RiskRating.Moderate).Build());
    }
}

/// <summary>Each country against its last cycle, and its early warning, for its own focal points and the coordinators only.</summary>
[Collection(PortalTests.Name)]
public sealed class ComparisonTests(ComparisonFixture portal) : IClassFixture<ComparisonFixture>
{
    [Fact(Timeout = 240_000)]
    public async Task A_focal_point_sees_its_early_warning_on_My_work_and_the_comparison_on_its_country_page()
    {
        IPage page = await portal.NewPageAsync();
        await portal.SignInAsFocalPointAsync(page, "GHA", "/");
        ILocator warning = page.Locator(".early-warning");

        await Expect(warning).ToContainTextAsync("RF5", new() { Timeout = 60_000 });
        await Expect(warning).ToContainTextAsync("worsening two cycles running");
        await Expect(warning).Not.ToContainTextAsync("RF9"); // it rose to severe, but an action covers it
        await PortalFixture.ScreenshotAsync(page, "early-warning-my-work");
        await page.GetByRole(AriaRole.Link, new() { Name = "Compare with the previous cycle" }).ClickAsync();

        ILocator factors = page.GetByRole(AriaRole.Table, new() { Name = "Risk factors then and now", Exact = false });
        await Expect(factors.GetByRole(AriaRole.Row).Filter(new() { HasText = "RF9" })).ToContainTextAsync("rose", new() { Timeout = 60_000 });
        ILocator actions = page.GetByRole(AriaRole.Table).Filter(new() { HasText = "What became of it" });
        await Expect(actions.GetByRole(AriaRole.Row).Filter(new() { HasText = "Train the police in crowd control" })).ToContainTextAsync("carried over");
        await Expect(actions.GetByRole(AriaRole.Row).Filter(new() { HasText = "Fund community radio monitoring" })).ToContainTextAsync("dropped");
        await Expect(actions.GetByRole(AriaRole.Row).Filter(new() { HasText = "Open district mediation councils" })).ToContainTextAsync("new");
        await Expect(page.GetByRole(AriaRole.Table).Filter(new() { HasText = "Publish the early-warning indicators" })).ToContainTextAsync("overdue");
        await page.Locator("#comparison-heading").ScrollIntoViewIfNeededAsync();
        await PortalFixture.ScreenshotAsync(page, "comparison-country-page");
        await PortalFixture.AxeCheckAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = 300_000)]
    public async Task Ghanas_focal_point_declares_a_recommendation_implemented_and_the_next_cycles_comparison_shows_it()
    {
        IPage page = await portal.NewPageAsync();
        await portal.SignInAsFocalPointAsync(page, "GHA", $"/peer-reviews/{portal.FirstSessionId}");
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = ComparisonFixture.Declared })).ToBeVisibleAsync(new() { Timeout = 60_000 });

        await page.GetByLabel("Implementation of recommendation 2").SelectOptionAsync(new SelectOptionValue { Label = "implemented" });
        await page.GetByLabel("Note on recommendation 2", new() { Exact = false }).FillAsync("Decree 2027-14.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save for recommendation 2" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved." })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = ComparisonFixture.Declared })).ToContainTextAsync("Decree 2027-14.");
        await PortalFixture.AxeCheckAsync(page);
        await PortalFixture.ScreenshotAsync(page, "recommendation-progress");
        await page.Context.CloseAsync();

        page = await portal.NewPageAsync();
        await portal.SignInAsFocalPointAsync(page, "GHA", $"/cycles/{ComparisonFixture.Second}/countries/GHA");
        ILocator followUp = page.GetByRole(AriaRole.Table, new() { Name = "Recommendations of the previous cycle's peer review", Exact = false });
        ILocator declared = followUp.GetByRole(AriaRole.Row).Filter(new() { HasText = ComparisonFixture.Declared });
        await Expect(declared).ToContainTextAsync("implemented", new() { Timeout = 60_000 });
        await Expect(declared.GetByRole(AriaRole.Cell).Last).ToHaveTextAsync("done");
        ILocator undeclared = followUp.GetByRole(AriaRole.Row).Filter(new() { HasText = "Publish the early-warning indicators" });
        await Expect(undeclared).ToContainTextAsync("not declared");
        await Expect(undeclared.GetByRole(AriaRole.Cell).Last).ToHaveTextAsync("overdue");
        await followUp.ScrollIntoViewIfNeededAsync();
        await PortalFixture.ScreenshotAsync(page, "comparison-recommendation-progress");
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = 240_000)]
    public async Task Another_country_sees_no_warning_of_Ghana_and_may_not_read_its_comparison()
    {
        IPage page = await portal.NewPageAsync();
        await portal.SignInAsFocalPointAsync(page, "DNK", "/");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Denmark" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "The four steps" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(page.Locator(".early-warning")).ToHaveCountAsync(0);
        await Expect(page.GetByText("Ghana")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();

        ApiResponse denmark = await portal.Host.Api.GetAsync(
            $"/api/cycles/{ComparisonFixture.Second}/countries/GHA/comparison", Principals.FocalPoint(Principals.FocalPointEmail("DNK")));
        Assert.Equal(HttpStatusCode.Forbidden, denmark.Status);
        ApiResponse own = NetworkScenario.Ensure(await portal.Host.Api.GetAsync(
            $"/api/cycles/{ComparisonFixture.Second}/countries/DNK/comparison", Principals.FocalPoint(Principals.FocalPointEmail("DNK"))), HttpStatusCode.OK);
        Assert.Empty(own.Json!["warnings"]!.AsArray());
        Assert.Equal(ComparisonFixture.First, (string?)own.Json["previousCycleId"]);
    }

    [Fact(Timeout = 240_000)]
    public async Task The_coordinator_reads_the_comparison_on_the_country_page_and_in_the_summary_in_Arabic()
    {
        IPage page = await portal.NewPageAsync(locale: "ar", chosenLanguage: "ar");
        await portal.SignInAsCoordinatorAsync(page, $"/cycles/{ComparisonFixture.Second}/countries/GHA");

        await Expect(page.Locator(".early-warning")).ToContainTextAsync("RF5", new() { Timeout = 60_000 });
        await Expect(page.Locator("#comparison-heading")).ToHaveTextAsync("مقارنة بالدورة السابقة");
        await page.Locator("#comparison-heading").ScrollIntoViewIfNeededAsync();
        await PortalFixture.ScreenshotAsync(page, "comparison-country-page-ar");
        Assert.True(await page.EvaluateAsync<bool?>(PortalFixture.FullStopOnTheRight, ComparisonFixture.Declared), "The English recommendation is not laid out left to right in the Arabic page");
        await page.Context.CloseAsync();

        ApiResponse summary = NetworkScenario.Ensure(await portal.Host.Api.GetAsync(
            $"/api/cycles/{ComparisonFixture.Second}/countries/GHA/summary?format=markdown", NetworkScenario.Coordinator), HttpStatusCode.OK);
        Assert.Contains("## Against the previous cycle", summary.Body, StringComparison.Ordinal);
        Assert.Contains("worsening two cycles running", summary.Body, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"“Cycle {ComparisonFixture.First}”"), summary.Body, StringComparison.Ordinal);
    }
}
