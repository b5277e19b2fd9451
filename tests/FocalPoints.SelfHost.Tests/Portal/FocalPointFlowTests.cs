using System.Text.RegularExpressions;
using FocalPoints.Domain.Framework;
using FocalPoints.Domain.Strategies;
using FocalPoints.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FocalPoints.SelfHost.Tests.Portal;

/// <summary>A focal point's risk assessment, written in the browser, reviewed in the browser.</summary>
[Collection(PortalTests.Name)]
public sealed class FocalPointFlowTests(PortalFixture portal)
{
    private const string Country = "GHA";
    private static readonly string Form = $"/cycles/{PortalFixture.Cycle}/countries/{Country}/steps/risk-assessment";

    [Fact(Timeout = 300_000)]
    public async Task A_focal_point_writes_the_risk_assessment_and_the_coordinator_approves_it_in_the_browser()
    {
        IPage page = await portal.NewPageAsync(timeZone: "Africa/Accra");
        await portal.SignInAsFocalPointAsync(page, Country, Form);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Risk assessment");

        // Every factor but RF1 rated, every restraint assessed, through their labels.
        foreach (RiskFactor factor in RiskFactors.All.Where(f => f.Id != "RF1"))
        {
            ILocator card = Group(page, factor.Id);
            await card.GetByLabel("Rating").SelectOptionAsync(new SelectOptionValue { Label = factor.Id == "RF9" ? "High" : "Low" });
            await card.GetByLabel("Trend").SelectOptionAsync(new SelectOptionValue { Label = "Stable" });
            await card.GetByLabel("Evidence").FillAsync($"Observed for {factor.Id}: national human rights commission report, 2026.");
        }

        foreach (Restraint restraint in Restraints.All)
        {
            ILocator card = Group(page, restraint.Id);
            await card.GetByLabel("Capacity").SelectOptionAsync(new SelectOptionValue { Label = "Partial" });
            await card.GetByLabel("Notes").FillAsync($"Notes on {restraint.Id}.");
        }

        // Submitting now shows the missing rating at its field and in the summary.
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Expect(page.GetByText(new Regex("^There is a problem"))).ToBeVisibleAsync();
        await Expect(Group(page, "RF1").GetByLabel("Rating")).ToHaveAttributeAsync("aria-invalid", "true");
        await PortalFixture.AxeCheckAsync(page);
        await PortalFixture.ScreenshotAsync(page, "risk-assessment-errors");

        // The draft survives a reload.
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(page.GetByText(new Regex("^Draft saved at"))).ToBeVisibleAsync();
        await page.ReloadAsync();
        await PortalFixture.WaitForPortalAsync(page);
        await Expect(Group(page, "RF14").GetByLabel("Evidence")).ToHaveValueAsync("Observed for RF14: national human rights commission report, 2026.");
        await Expect(Group(page, "R7").GetByLabel("Notes")).ToHaveValueAsync("Notes on R7.");

        // Complete and submit.
        ILocator rf1 = Group(page, "RF1");
        await rf1.GetByLabel("Rating").SelectOptionAsync(new SelectOptionValue { Label = "Moderate" });
        await rf1.GetByLabel("Trend").SelectOptionAsync(new SelectOptionValue { Label = "Worsening" });
        await rf1.GetByLabel("Evidence").FillAsync("Election-related incidents reported by the electoral commission.");
        await page.GetByLabel("Civil society was consulted").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Expect(page.GetByText("Thank you. The network coordinators have been told")).ToBeVisibleAsync();
        await Eventually.WaitAsync(() => portal.Network.StepStatusAsync(PortalFixture.Cycle, Country, StrategyStep.RiskAssessment), s => s == "submitted", TimeSpan.FromSeconds(30), "GHA's submission");
        await page.Context.CloseAsync();

        // The coordinator approves on the review page; the next step opens for the focal point.
        IPage coordinator = await portal.NewPageAsync(timeZone: "Europe/Copenhagen");
        await portal.SignInAsCoordinatorAsync(coordinator, $"/cycles/{PortalFixture.Cycle}/countries/{Country}/review/risk-assessment");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Expect(coordinator.GetByText("Approved. The focal points are told, and the next step opens.")).ToBeVisibleAsync();
        await coordinator.Context.CloseAsync();
        await portal.Network.WaitForOpenAsync(PortalFixture.Cycle, Country, StrategyStep.ActionPrioritisation);

        IPage next = await portal.NewPageAsync(timeZone: "Africa/Accra");
        await portal.SignInAsFocalPointAsync(next, Country, $"/cycles/{PortalFixture.Cycle}/countries/{Country}/steps/action-prioritisation");
        await Expect(next.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Action prioritisation");
        await Expect(next.GetByRole(AriaRole.Button, new() { Name = "Submit for review" })).ToBeVisibleAsync();
        await PortalFixture.AxeCheckAsync(next);
        await PortalFixture.ScreenshotAsync(next, "action-prioritisation");
        await next.Context.CloseAsync();
    }

    [Theory(Timeout = 180_000)]
    [InlineData("fr-FR", "Europe/Paris", "fr", "Évaluation des risques", "Niveau")]
    [InlineData("es-ES", "Europe/Madrid", "es", "Evaluación de riesgos", "Nivel")]
    public async Task The_step_form_is_in_French_and_in_Spanish(string locale, string timeZone, string language, string heading, string rating)
    {
        IPage page = await portal.NewPageAsync(locale, timeZone);

        await portal.SignInAsFocalPointAsync(page, "FRA", $"/cycles/{PortalFixture.Cycle}/countries/FRA/steps/risk-assessment");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        await Expect(Group(page, "RF1").GetByLabel(rating)).ToBeVisibleAsync();
        await PortalFixture.AxeCheckAsync(page);
        await PortalFixture.ScreenshotAsync(page, $"risk-assessment-{language}");
        await page.Context.CloseAsync();
    }

    /// <summary>A factor's or restraint's card: the group its legend names ("RF1 — …", "R7 — …").</summary>
    private static ILocator Group(IPage page, string id) =>
        page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex($"^{Regex.Escape(id)} —") });
}
