using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FocalPoints.SelfHost.Tests.Portal;

/// <summary>A coordinator records a recommendation in the session; the reviewed country's focal point answers it in the portal.</summary>
[Collection(PortalTests.Name)]
public sealed class PeerReviewFlowTests(PortalFixture portal)
{
    private const string Recommendation = "Extend the early-warning network to the northern border districts.";
    private const string Response = "Accepted: the district committees of the north join the network in 2027.";

    [Fact(Timeout = 300_000)]
    public async Task The_reviewed_country_answers_the_coordinators_recommendation_in_the_portal()
    {
        string session = $"/peer-reviews/{portal.SessionId}";
        IPage coordinator = await portal.NewPageAsync(timeZone: "Europe/Copenhagen");
        await portal.SignInAsCoordinatorAsync(coordinator, session);
        ILocator form = coordinator.GetByRole(AriaRole.Region, new() { Name = "Add a recommendation" });
        await form.GetByLabel("Recommendation").FillAsync(Recommendation);
        await form.GetByLabel("Accepted").CheckAsync();
        await form.GetByLabel("Follow up by").FillAsync(DateTime.UtcNow.AddDays(180).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await form.GetByRole(AriaRole.Button, new() { Name = "Add the recommendation" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Cell, new() { Name = Recommendation })).ToBeVisibleAsync();
        await PortalFixture.AxeCheckAsync(coordinator);
        await coordinator.Context.CloseAsync();

        // SEN's focal point finds the session under My peer reviews and answers.
        IPage focalPoint = await portal.NewPageAsync(timeZone: "Africa/Dakar");
        await portal.SignInAsFocalPointAsync(focalPoint, "SEN", "/peer-reviews");
        await Expect(focalPoint.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("My peer reviews");
        await PortalFixture.AxeCheckAsync(focalPoint);
        await focalPoint.GetByRole(AriaRole.Link, new() { Name = "West Africa peer review" }).ClickAsync();
        await Expect(focalPoint.GetByRole(AriaRole.Cell, new() { Name = Recommendation })).ToBeVisibleAsync();
        await focalPoint.GetByLabel("Response", new() { Exact = true }).FillAsync(Response);
        await focalPoint.GetByRole(AriaRole.Button, new() { Name = "Save the response" }).ClickAsync();
        await Expect(focalPoint.GetByText("Response saved.")).ToBeVisibleAsync();
        await PortalFixture.AxeCheckAsync(focalPoint);
        await PortalFixture.ScreenshotAsync(focalPoint, "peer-review-response");

        // The response is stored: a reload shows it.
        await focalPoint.ReloadAsync();
        await PortalFixture.WaitForPortalAsync(focalPoint);
        await Expect(focalPoint.GetByLabel("Response", new() { Exact = true })).ToHaveValueAsync(Response);
        await Expect(focalPoint.GetByText(new Regex("^Last saved"))).ToBeVisibleAsync();
        await focalPoint.Context.CloseAsync();
    }
}
