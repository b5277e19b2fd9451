using System.Net;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Framework;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FocalPoints.SelfHost.Tests.Portal;

/// <summary>
/// A cycle of 40 countries, eight in each regional group, whose four steps are approved and shared with the
/// network, risk profiles varying by country: enough for figures that are published and figures that are withheld.
/// </summary>
public sealed class InsightsPortalFixture : PortalFixture
{
    public const string InsightsCycle = "insights";

    public static readonly string[] Members = UnMemberStates.All.GroupBy(s => s.RegionalGroup).SelectMany(g => g.Take(8)).Select(s => s.Iso3).ToArray();

    protected override async Task SeedAsync()
    {
        await Network.RegisterAsync(Members);
        await RegisterCoordinatorsAsync();
        NetworkScenario.Ensure(await Network.OpenCycleAsync(InsightsCycle, Members, NetworkScenario.SlowSchedule), HttpStatusCode.Accepted);
        foreach (string country in Members)
        {
            await Network.WaitForOpenAsync(InsightsCycle, country, StrategyStep.RiskAssessment);
        }

        await Host.WaitUntilIdleAsync("the workflows to be at rest");
        IStrategyRepository strategies = Host.App.Services.GetRequiredService<IStrategyRepository>();
        for (int i = 0; i < Members.Length; i++)
        {
            var risk = new RiskAssessmentBuilder().SharedAs(Sharing.Network);
            foreach (RiskFactor factor in RiskFactors.All)
            {
                risk.WithFactor(factor.Id, (RiskRating)(((i * factor.Number) + (i / 5)) % 4), (Trend)((i + factor.Number) % 3));
            }

            await strategies.ApproveAsync(InsightsCycle, Members[i], risk.Build());
            await strategies.ApproveAsync(InsightsCycle, Members[i], new ActionPrioritisationBuilder().WithAction("Action", Restraints.All[i % 3].Id, 1).Build());
            await strategies.ApproveAsync(InsightsCycle, Members[i], new OfficialTrainingBuilder().OnlyProgramme((TrainingAudience)(i % 2), [TrainingTopic.EarlyWarning], 40).Build());
            await strategies.ApproveAsync(InsightsCycle, Members[i], new ResourceMobilisationBuilder().Build());
        }
    }
}

/// <summary>The Insights page: coordinators read every regional group, focal points the network; withheld figures in words; Arabic right to left.</summary>
[Collection(PortalTests.Name)]
public sealed class InsightsPageTests(InsightsPortalFixture portal) : IClassFixture<InsightsPortalFixture>
{
    private const string Page = $"/insights?cycle={InsightsPortalFixture.InsightsCycle}";

    [Fact(Timeout = 240_000)]
    public async Task A_coordinator_reads_every_regional_group_with_withheld_figures_in_words()
    {
        IPage page = await portal.NewPageAsync();
        await portal.SignInAsCoordinatorAsync(page, Page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Insights" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Network insights");
        ILocator sharing = page.GetByRole(AriaRole.Region, new() { Name = "Countries sharing each step" });
        await Expect(sharing.GetByRole(AriaRole.Columnheader, new() { Name = "African States" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        ILocator risk = sharing.GetByRole(AriaRole.Row).Filter(new() { HasText = "Risk assessment" });
        await Expect(risk.GetByRole(AriaRole.Cell).Last).ToHaveTextAsync("40");
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "fewer than 5 countries" }).First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Countries rating each risk factor high or severe, across the network" })).ToBeVisibleAsync();
        await PortalFixture.ScreenshotAsync(page, "insights");
        await PortalFixture.AxeCheckAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = 240_000)]
    public async Task A_focal_point_reads_the_networks_figures_only()
    {
        IPage page = await portal.NewPageAsync();
        await portal.SignInAsFocalPointAsync(page, InsightsPortalFixture.Members[0], Page);

        await Expect(page.GetByText("You see the network's figures; coordinators also see each regional group.")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "African States" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Whole network" }).First).ToBeVisibleAsync();
        await PortalFixture.ScreenshotAsync(page, "insights-focal-point");
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = 240_000)]
    public async Task The_page_reads_right_to_left_in_Arabic()
    {
        IPage page = await portal.NewPageAsync(chosenLanguage: "ar");
        await portal.SignInAsCoordinatorAsync(page, Page);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "رؤى الشبكة" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        ILocator withheld = page.GetByRole(AriaRole.Cell, new() { Name = "أقل من 5 بلدان" }).First;
        await Expect(withheld).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "عوامل الخطر المصنفة مرتفعة أو شديدة" }).ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("() => window.scrollBy(0, 180)");
        await PortalFixture.ScreenshotAsync(page, "insights.ar");
        await page.Context.CloseAsync();
    }
}
