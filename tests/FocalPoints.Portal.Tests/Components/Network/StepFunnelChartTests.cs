using Bunit;
using FocalPoints.Domain.Strategies;
using FocalPoints.Portal.Components.Network;

namespace FocalPoints.Portal.Tests.Components.Network;

public sealed class StepFunnelChartTests : PortalTestContext
{
    [Fact]
    public void The_funnel_shows_each_steps_counts_under_their_status()
    {
        // Arrange
        StepFunnel[] funnel =
        [
            new(StrategyStep.RiskAssessment, 10, 20, 30, 4, 129),
            new(StrategyStep.ActionPrioritisation, 150, 25, 9, 3, 6),
            new(StrategyStep.OfficialTraining, 193, 0, 0, 0, 0),
            new(StrategyStep.ResourceMobilisation, 193, 0, 0, 0, 0),
        ];

        // Act
        IRenderedComponent<StepFunnelChart> chart = Render<StepFunnelChart>(p => p.Add(c => c.Funnel, funnel));

        // Assert
        var rows = chart.FindAll("tbody tr");
        Assert.Equal(4, rows.Count);
        Assert.Equal("Risk assessment", rows[0].QuerySelector("th")!.TextContent);
        Assert.Equal(["10", "20", "30", "4", "129"], rows[0].QuerySelectorAll("td.num").Select(td => td.TextContent).ToArray());
        Assert.Equal(["150", "25", "9", "3", "6"], rows[1].QuerySelectorAll("td.num").Select(td => td.TextContent).ToArray());
        Assert.Equal("Submitted, waiting for review", chart.FindAll("thead th")[3].TextContent);
        Assert.Equal(5, rows[0].QuerySelectorAll("rect").Length);
        Assert.Single(rows[2].QuerySelectorAll("rect"));
    }
}
