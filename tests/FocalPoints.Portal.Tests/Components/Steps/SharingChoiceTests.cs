using Bunit;
using FocalPoints.Domain.Strategies;
using FocalPoints.Portal.Components.Steps;

namespace FocalPoints.Portal.Tests.Components.Steps;

public sealed class SharingChoiceTests : PortalTestContext
{
    [Fact]
    public void The_explanation_changes_with_the_choice()
    {
        // Arrange
        Sharing chosen = Sharing.Confidential;
        IRenderedComponent<SharingChoice> cut = Render<SharingChoice>(p => p
            .Add(c => c.Value, Sharing.Confidential)
            .Add(c => c.ValueChanged, (Sharing s) => chosen = s));
        string confidential = cut.Find("#sharing-explanation").TextContent;

        // Act
        cut.Find("#sharing-public").Change(true);

        // Assert
        Assert.Contains("only your country's focal points and the network coordinators", confidential, StringComparison.Ordinal);
        Assert.Equal(Sharing.Public, chosen);
        Assert.Contains("published in summaries anyone can read", cut.Find("#sharing-explanation").TextContent, StringComparison.Ordinal);
        Assert.Equal("Public", cut.Find("label[for=sharing-public]").TextContent.Trim());
    }
}
