using System.Globalization;
using Bunit;
using FocalPoints.Contracts;
using FocalPoints.Portal.Components.Network;

namespace FocalPoints.Portal.Tests.Components.Network;

/// <summary>The network table names, sorts and finds countries in the reader's language, from their codes.</summary>
public sealed class NetworkTableInRussianTests() : PortalTestContext("ru")
{
    [Fact]
    public void Countries_are_named_sorted_and_found_in_the_readers_language()
    {
        // Arrange
        CycleView view = NetworkViews.View();

        // Act
        IRenderedComponent<NetworkTable> table = Render<NetworkTable>(p => p.Add(c => c.CycleId, view.CycleId).Add(c => c.Rows, view.Countries));

        // Assert
        string[] names = [.. table.FindAll("tbody tr td:first-child a").Select(a => a.TextContent.Trim())];
        Assert.Contains("Германия", names);
        Assert.Contains("Кот-д’Ивуар", names);
        Assert.Equal(names.Order(StringComparer.Create(CultureInfo.GetCultureInfo("ru"), ignoreCase: true)), names);
        Assert.Equal(["DEU"], NetworkRows.Search(view.Countries, "германия").Select(r => r.Country));
    }
}
