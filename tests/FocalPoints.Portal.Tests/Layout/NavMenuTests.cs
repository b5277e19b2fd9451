using Bunit;
using FocalPoints.Contracts;
using FocalPoints.Portal.Layout;

namespace FocalPoints.Portal.Tests.Layout;

public sealed class NavMenuTests : PortalTestContext
{
    [Fact]
    public void A_coordinator_on_a_server_without_a_development_outbox_has_no_Outbox_link()
    {
        // Arrange
        MeView me = Coordinator(developmentOutbox: false);

        // Act
        IRenderedComponent<NavMenu> cut = Render<NavMenu>(p => p.Add(c => c.Me, me));

        // Assert
        Assert.Empty(cut.FindAll("a[href='/api/dev/outbox']"));
        Assert.DoesNotContain("Outbox", cut.Markup, StringComparison.Ordinal);
        Assert.NotEmpty(cut.FindAll("a[href='/network']"));
    }

    [Fact]
    public void A_coordinator_on_a_server_with_a_development_outbox_has_the_Outbox_link()
    {
        // Arrange
        MeView me = Coordinator(developmentOutbox: true);

        // Act
        IRenderedComponent<NavMenu> cut = Render<NavMenu>(p => p.Add(c => c.Me, me));

        // Assert
        Assert.Equal("Outbox (development)", cut.Find("a[href='/api/dev/outbox']").TextContent.Trim());
    }

    private static MeView Coordinator(bool developmentOutbox) =>
        new("coordinator@example.org", ["Coordinator"], [], [], developmentOutbox);
}
