using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using FocalPoints.Domain.Framework;
using FocalPoints.Domain.Strategies;
using FocalPoints.Testing;
using FocalPoints.Testing.Hosts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FocalPoints.SelfHost.Tests.Portal;

/// <summary>A focal point's four steps written in the browser; the risk assessment also reviewed in the browser.</summary>
[Collection(PortalTests.Name)]
public sealed class FocalPointFlowTests(PortalFixture portal)
{
    private const string Country = "GHA";
    private static readonly string Form = $"/cycles/{PortalFixture.Cycle}/countries/{Country}/steps/risk-assessment";

    [Fact(Timeout = 600_000)]
    public async Task A_focal_point_completes_the_four_steps_in_the_browser()
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
            await card.GetByLabel("Evidence", Exact).FillAsync($"Observed for {factor.Id}: national human rights commission report, 2026.");
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
        await Expect(Group(page, "RF14").GetByLabel("Evidence", Exact)).ToHaveValueAsync("Observed for RF14: national human rights commission report, 2026.");
        await Expect(Group(page, "R7").GetByLabel("Notes")).ToHaveValueAsync("Notes on R7.");

        // Complete and submit.
        ILocator rf1 = Group(page, "RF1");
        await rf1.GetByLabel("Rating").SelectOptionAsync(new SelectOptionValue { Label = "Moderate" });
        await rf1.GetByLabel("Trend").SelectOptionAsync(new SelectOptionValue { Label = "Worsening" });
        await rf1.GetByLabel("Evidence", Exact).FillAsync("Election-related incidents reported by the electoral commission.");
        await page.GetByLabel("Civil society was consulted").CheckAsync();
        await SubmitInTheFormAsync(page, StrategyStep.RiskAssessment);
        await page.Context.CloseAsync();

        // The coordinator approves on the review page; the next step opens for the focal point.
        IPage coordinator = await portal.NewPageAsync(timeZone: "Europe/Copenhagen");
        await portal.SignInAsCoordinatorAsync(coordinator, $"/cycles/{PortalFixture.Cycle}/countries/{Country}/review/risk-assessment");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Expect(coordinator.GetByText("Approved. The focal points are told, and the next step opens.")).ToBeVisibleAsync();
        await coordinator.Context.CloseAsync();
        await portal.Network.WaitForOpenAsync(PortalFixture.Cycle, Country, StrategyStep.ActionPrioritisation);

        // The next three steps, each written in its form and approved by the coordinators (the review page is tested on its own).
        IPage next = await portal.NewPageAsync(timeZone: "Africa/Accra");
        await portal.SignInAsFocalPointAsync(next, Country, StepPath(StrategyStep.ActionPrioritisation));
        await WriteActionsAsync(next);
        await SubmitAndApproveAsync(next, StrategyStep.ActionPrioritisation);

        await portal.GotoAsync(next, StepPath(StrategyStep.OfficialTraining));
        await WriteTrainingAsync(next);
        await SubmitAndApproveAsync(next, StrategyStep.OfficialTraining);

        await portal.GotoAsync(next, StepPath(StrategyStep.ResourceMobilisation));
        await WriteResourcesAsync(next);
        await SubmitInTheFormAsync(next, StrategyStep.ResourceMobilisation);

        // What was submitted is readable as a version.
        await portal.GotoAsync(next, StepPath(StrategyStep.ResourceMobilisation) + "/versions");
        await Expect(next.GetByText("Ghana Peace Fund").First).ToBeVisibleAsync();
        await PortalFixture.AxeCheckAsync(next);
        await PortalFixture.ScreenshotAsync(next, "versions");
        await next.Context.CloseAsync();
    }

    private static async Task WriteActionsAsync(IPage page)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Action prioritisation");

        // RF9 was rated high: it stays "still to cover" until an action addresses it.
        ILocator toCover = page.GetByRole(AriaRole.Region, new() { Name = "Still to cover" });
        await Expect(toCover.GetByRole(AriaRole.Listitem)).ToHaveTextAsync([new Regex("^RF9 — ")]);

        await page.GetByRole(AriaRole.Button, new() { Name = "Add an action" }).ClickAsync();
        ILocator first = Action(page, 1);
        await first.GetByLabel("Title").FillAsync("Early-warning unit in the national peace council");
        await first.GetByLabel("Scope").SelectOptionAsync("Domestic");
        await first.GetByLabel("Restraint").SelectOptionAsync("R5");
        await first.GetByLabel("Lead institution").FillAsync("National Peace Council");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add an action" }).ClickAsync();
        ILocator second = Action(page, 2);
        await second.GetByLabel("Title").FillAsync("District peace committees trained in mediation");
        await second.GetByLabel("Scope").SelectOptionAsync("Domestic");
        await second.GetByLabel("Restraint").SelectOptionAsync("R3");
        await second.GetByLabel(new Regex("^RF9 — ")).CheckAsync();
        await Expect(toCover.GetByText(new Regex("^Every factor rated high or severe"))).ToBeVisibleAsync();

        // Reordered by keyboard: the second action becomes priority 1.
        await page.GetByRole(AriaRole.Button, new() { Name = "Move up priority 2" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(Action(page, 1)).ToHaveAccessibleNameAsync("Priority 1: District peace committees trained in mediation");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "is now priority 1" })).ToBeVisibleAsync();
        await PortalFixture.AxeCheckAsync(page);
        await PortalFixture.ScreenshotAsync(page, "action-prioritisation");
    }

    private static async Task WriteTrainingAsync(IPage page)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Official training");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a programme" }).ClickAsync();
        ILocator programme = page.GetByRole(AriaRole.Group, new() { Name = "Programme 1" });
        await programme.GetByLabel("Audience").SelectOptionAsync("SecuritySector");
        await programme.GetByLabel("Planned participants").FillAsync("120");
        await programme.GetByLabel("Framework of Analysis for Atrocity Crimes").CheckAsync();
        await programme.GetByLabel("Early warning").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a session to programme 1" }).ClickAsync();
        await programme.GetByLabel("Session 1 date").FillAsync(DateTime.UtcNow.AddDays(45).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await programme.GetByLabel("Session 1 participants").FillAsync("40");
        await PortalFixture.AxeCheckAsync(page);
        await PortalFixture.ScreenshotAsync(page, "official-training");
    }

    private static async Task WriteResourcesAsync(IPage page)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Resource mobilisation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a resource" }).ClickAsync();
        ILocator resource = page.GetByRole(AriaRole.Group, new() { Name = "Resource 1" });
        await resource.GetByLabel("Source", Exact).SelectOptionAsync("NationalBudget");
        await resource.GetByLabel("Status", Exact).SelectOptionAsync("Committed");
        await resource.GetByLabel("Amount", Exact).FillAsync("250000");
        await resource.GetByLabel("Currency", Exact).FillAsync("GHS");
        await resource.GetByLabel("Description", Exact).FillAsync("Ghana Peace Fund allocation for the district committees");

        // Linked priorities are the approved actions, by priority and title.
        await resource.GetByLabel("1. District peace committees trained in mediation").CheckAsync();
        await page.GetByLabel("The government has declared atrocity prevention a national priority").CheckAsync();
        await PortalFixture.AxeCheckAsync(page);
        await PortalFixture.ScreenshotAsync(page, "resource-mobilisation");
    }

    /// <summary>Submits the step with the form's button: the thanks are shown and the step is stored as submitted.</summary>
    private async Task SubmitInTheFormAsync(IPage page, StrategyStep step)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Expect(page.GetByText("Thank you. The network coordinators have been told")).ToBeVisibleAsync();
        await Eventually.WaitAsync(() => portal.Network.StepStatusAsync(PortalFixture.Cycle, Country, step), s => s == "submitted", TimeSpan.FromSeconds(30), $"GHA's {step}");
    }

    /// <summary>Submits the step in the form; the coordinators approve it and the workflow opens the next one.</summary>
    private async Task SubmitAndApproveAsync(IPage page, StrategyStep step)
    {
        await SubmitInTheFormAsync(page, step);
        NetworkScenario.Ensure(await portal.Network.ReviewAsync(PortalFixture.Cycle, Country, step, ReviewDecision.Approve), HttpStatusCode.Accepted);
        await portal.Network.WaitForOpenAsync(PortalFixture.Cycle, Country, step + 1);
    }

    /// <summary>Labels matched whole: "Source" is also a part of "Remove resource 1".</summary>
    private static readonly LocatorGetByLabelOptions Exact = new() { Exact = true };

    private static string StepPath(StrategyStep step) => $"/cycles/{PortalFixture.Cycle}/countries/{Country}/steps/{step.ToSlug()}";

    /// <summary>An action's card, by its priority ("Priority 2: …").</summary>
    private static ILocator Action(IPage page, int priority) =>
        page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex($"^Priority {priority}:") });

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

    [Fact(Timeout = 180_000)]
    public async Task Each_indicator_reads_with_its_words_in_the_form()
    {
        IPage page = await portal.NewPageAsync();
        await portal.SignInAsFocalPointAsync(page, "FRA", $"/cycles/{PortalFixture.Cycle}/countries/FRA/steps/risk-assessment");

        // RF1's indicators are folded under their count; unfolded, each check box is named by its number and words.
        ILocator rf1 = Group(page, "RF1");
        await Expect(rf1.Locator("summary")).ToContainTextAsync("(0 / 11)");
        await rf1.Locator("summary").ClickAsync();
        ILocator armedConflict = rf1.GetByLabel("1.1 — International or non-international armed conflict.", Exact);
        await armedConflict.CheckAsync();
        await rf1.GetByLabel(new Regex("^1\\.4 — Political instability caused by abrupt")).CheckAsync();

        await Expect(armedConflict).ToBeCheckedAsync();
        await Expect(rf1.Locator("summary")).ToContainTextAsync("(2 / 11)");
        await PortalFixture.AxeCheckAsync(page);
        await rf1.ScrollIntoViewIfNeededAsync();
        await PortalFixture.ScreenshotAsync(page, "risk-assessment-indicators-en");
        await page.Context.CloseAsync();
    }

    /// <summary>A factor's or restraint's card: the group its legend names ("RF1 — …", "R7 — …").</summary>
    internal static ILocator Group(IPage page, string id) =>
        page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex($"^{Regex.Escape(id)} —") });
}
