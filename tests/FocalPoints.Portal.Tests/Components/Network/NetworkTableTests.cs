using AngleSharp.Dom;
using Bunit;
using FocalPoints.Contracts;
using FocalPoints.Portal.Components.Network;

namespace FocalPoints.Portal.Tests.Components.Network;

public sealed class NetworkTableTests : PortalTestContext
{
    [Fact]
    public void Sorting_by_days_overdue_puts_the_most_overdue_first_and_says_so_in_aria_sort()
    {
        // Arrange
        CycleView view = NetworkViews.View();
        int most = view.Countries.Max(c => c.DaysOverdue);
        IRenderedComponent<NetworkTable> table = Render<NetworkTable>(p => p.Add(c => c.CycleId, view.CycleId).Add(c => c.Rows, view.Countries));
        IElement header() => table.FindAll("thead th")[(int)NetworkColumn.DaysOverdue];

        // Act
        header().QuerySelector("button")!.Click();

        // Assert
        Assert.True(most > 0);
        Assert.Equal("descending", header().GetAttribute("aria-sort"));
        Assert.Equal("none", table.FindAll("thead th")[(int)NetworkColumn.Country].GetAttribute("aria-sort"));
        int[] days = table.FindAll("tbody tr").Select(r => int.Parse(r.Children[5].TextContent.Trim(), System.Globalization.CultureInfo.CurrentCulture)).ToArray();
        Assert.Equal(most, days[0]);
        Assert.Equal(days.OrderByDescending(d => d), days);
    }

    [Fact]
    public void Sorting_the_same_column_again_reverses_it()
    {
        // Arrange
        CycleView view = NetworkViews.View();
        IRenderedComponent<NetworkTable> table = Render<NetworkTable>(p => p.Add(c => c.CycleId, view.CycleId).Add(c => c.Rows, view.Countries));
        IElement header() => table.FindAll("thead th")[(int)NetworkColumn.DaysOverdue];

        // Act
        header().QuerySelector("button")!.Click();
        header().QuerySelector("button")!.Click();

        // Assert
        Assert.Equal("ascending", header().GetAttribute("aria-sort"));
        Assert.Equal("0", table.Find("tbody tr").Children[5].TextContent.Trim());
    }

    [Fact]
    public void Each_row_links_to_the_country_page_and_names_the_status_in_words()
    {
        // Arrange
        CycleView view = NetworkViews.View();

        // Act
        IRenderedComponent<NetworkTable> table = Render<NetworkTable>(p => p.Add(c => c.CycleId, view.CycleId).Add(c => c.Rows, view.Countries));

        // Assert: Afghanistan is first by name; its status is written, not only coloured.
        IElement first = table.Find("tbody tr");
        Assert.Equal("/cycles/2027/countries/AFG", first.QuerySelector("a")!.GetAttribute("href"));
        CountryProgressView afghanistan = view.Countries.Single(c => c.Country == "AFG");
        string expected = afghanistan.Status == Domain.Strategies.StrategyStatus.InProgress
            ? Services.GetService<Portal.Localization.Vocabulary>()![afghanistan.StepStatus]
            : Services.GetService<Portal.Localization.Vocabulary>()![afghanistan.Status];
        Assert.Equal(expected, first.Children[3].TextContent.Trim());
    }
}
