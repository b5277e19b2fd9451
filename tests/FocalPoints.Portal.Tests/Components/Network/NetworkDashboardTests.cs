using AngleSharp.Dom;
using Bunit;
using FocalPoints.Contracts;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;
using FocalPoints.Portal.Components.Network;

namespace FocalPoints.Portal.Tests.Components.Network;

public sealed class NetworkDashboardTests : PortalTestContext
{
    [Fact]
    public void The_table_shows_every_country_of_a_193_country_cycle()
    {
        // Arrange
        CycleView view = NetworkViews.View();

        // Act
        IRenderedComponent<NetworkDashboard> dashboard = Render<NetworkDashboard>(p => p.Add(c => c.View, view));

        // Assert
        Assert.Equal(193, dashboard.FindAll("table.network-table tbody tr").Count);
        Assert.Contains("Showing 193 of 193 countries", dashboard.Markup);
    }

    [Fact]
    public void Choosing_a_regional_group_asks_for_that_group_and_the_answer_leaves_only_its_countries()
    {
        // Arrange: the page hands a changed filter to the API and renders its answer.
        ProgressFilter? asked = null;
        IRenderedComponent<NetworkDashboard> dashboard = Render<NetworkDashboard>(p => p
            .Add(c => c.View, NetworkViews.View())
            .Add(c => c.FilterChanged, (ProgressFilter f) => asked = f));
        int africanStates = UnMemberStates.All.Count(s => s.RegionalGroup == RegionalGroup.AfricanStates);

        // Act
        dashboard.Find("#filter-group").Change("africanStates");
        dashboard.Render(p => p.Add(c => c.View, NetworkViews.View(asked)).Add(c => c.Filter, asked!));

        // Assert
        Assert.Equal(RegionalGroup.AfricanStates, asked!.RegionalGroup);
        Assert.Equal("regionalGroup=africanStates", NetworkQuery.ToQuery(asked));
        IReadOnlyList<IElement> rows = dashboard.FindAll("table.network-table tbody tr");
        Assert.Equal(africanStates, rows.Count);
        Assert.All(rows, r => Assert.Equal("African States", r.Children[1].TextContent.Trim()));
        Assert.Equal("/api/cycles/2027/progress.csv?regionalGroup=africanStates", ApiRoutes.ProgressCsv.Path("2027", asked));
    }

    [Fact]
    public void Status_and_overdue_filters_carry_the_api_names()
    {
        // Arrange
        ProgressFilter? asked = null;
        IRenderedComponent<NetworkDashboard> dashboard = Render<NetworkDashboard>(p => p
            .Add(c => c.View, NetworkViews.View())
            .Add(c => c.Filter, ProgressFilter.None with { RegionalGroup = RegionalGroup.AsiaPacificStates })
            .Add(c => c.FilterChanged, (ProgressFilter f) => asked = f));

        // Act
        dashboard.Find("#filter-status").Change("submitted");
        string afterStatus = NetworkQuery.ToQuery(asked!);
        dashboard.Find("#filter-overdue").Change(true);

        // Assert: each change keeps the other filters.
        Assert.Equal("regionalGroup=asiaPacificStates&status=submitted", afterStatus);
        Assert.Equal("regionalGroup=asiaPacificStates&overdue=true", NetworkQuery.ToQuery(asked!));
    }

    [Fact]
    public void The_search_box_finds_a_country_by_name_without_accents_or_by_iso3()
    {
        // Arrange
        IRenderedComponent<NetworkDashboard> dashboard = Render<NetworkDashboard>(p => p.Add(c => c.View, NetworkViews.View()));

        // Act
        dashboard.Find("#filter-search").Input("cote d'ivoire");
        string byName = dashboard.Find("table.network-table tbody").TextContent;
        int byNameCount = dashboard.FindAll("table.network-table tbody tr").Count;
        dashboard.Find("#filter-search").Input("dnk");

        // Assert
        Assert.Equal(1, byNameCount);
        Assert.Contains("Côte d'Ivoire", byName);
        Assert.Single(dashboard.FindAll("table.network-table tbody tr"));
        Assert.Contains("Denmark", dashboard.Find("table.network-table tbody").TextContent);
    }
}

public sealed class NetworkDashboardInFrenchTests() : PortalTestContext("fr")
{
    [Fact]
    public void Labels_are_in_French_for_a_French_reader()
    {
        // Arrange
        CycleView view = NetworkViews.View();

        // Act
        IRenderedComponent<NetworkDashboard> dashboard = Render<NetworkDashboard>(p => p.Add(c => c.View, view));

        // Assert
        Assert.Equal("Groupe régional", dashboard.Find("label[for=filter-group]").TextContent);
        Assert.Equal("En retard seulement", dashboard.Find("label[for=filter-overdue]").TextContent);
        Assert.Equal("Télécharger le CSV", dashboard.Find("button.download").TextContent);
        Assert.Contains("États d'Afrique", dashboard.Find("#filter-group").TextContent, StringComparison.Ordinal);
    }
}
