using System.Net;
using FocalPoints.Domain.Network;
using FocalPoints.Testing;
using FocalPoints.Testing.Hosts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FocalPoints.SelfHost.Tests.Portal;

/// <summary>The portal's network with all 193 Member States in one cycle.</summary>
public sealed class WholeNetworkFixture : PortalFixture
{
    public const string WholeCycle = "whole";

    protected override async Task SeedAsync()
    {
        string[] all = UnMemberStates.All.Select(s => s.Iso3).ToArray();
        await Network.RegisterAsync(all);
        await RegisterCoordinatorsAsync();
        NetworkScenario.Ensure(await Network.OpenCycleAsync(WholeCycle, all, NetworkScenario.SlowSchedule), HttpStatusCode.Accepted);
        await Eventually.WaitAsync(
            async () => ((System.Text.Json.Nodes.JsonArray)NetworkScenario.Ensure(await Host.Api.GetAsync($"/api/cycles/{WholeCycle}", NetworkScenario.Coordinator), HttpStatusCode.OK).Json!["countries"]!)
                .Count(c => (string?)c!["stepStatus"] == "open"),
            open => open == all.Length,
            TimeSpan.FromSeconds(180),
            "every country's first step to open");
    }
}

/// <summary>The network dashboard of a 193-country cycle: every country listed, filtered by regional group.</summary>
[Collection(PortalTests.Name)]
public sealed class WholeNetworkTests(WholeNetworkFixture network) : IClassFixture<WholeNetworkFixture>
{
    [Fact(Timeout = 240_000)]
    public async Task The_dashboard_shows_the_193_countries_and_filters_them_by_regional_group()
    {
        int african = UnMemberStates.All.Count(s => s.RegionalGroup == RegionalGroup.AfricanStates);
        IPage page = await network.NewPageAsync(timeZone: "America/New_York");
        ILocator rows = page.GetByRole(AriaRole.Table, new() { Name = "Countries of the cycle" }).GetByRole(AriaRole.Row);
        await network.SignInAsCoordinatorAsync(page, $"/network?cycle={WholeNetworkFixture.WholeCycle}");

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Showing" })).ToHaveTextAsync("Showing 193 of 193 countries", new() { Timeout = 60_000 });
        Assert.Equal(193, await rows.CountAsync() - 1);
        await PortalFixture.ScreenshotAsync(page, "network-193");
        await page.GetByLabel("Regional group").SelectOptionAsync("africanStates");

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Showing" })).ToHaveTextAsync($"Showing {african} of {african} countries", new() { Timeout = 30_000 });
        Assert.Equal(african, await rows.CountAsync() - 1);
        await Expect(rows.Filter(new() { HasText = "Ghana" })).ToBeVisibleAsync();
        await Expect(rows.Filter(new() { HasText = "Denmark" })).ToHaveCountAsync(0);
        Assert.Contains("regionalGroup=africanStates", page.Url, StringComparison.Ordinal);
        await PortalFixture.AxeCheckAsync(page);
        await page.Context.CloseAsync();
    }
}
