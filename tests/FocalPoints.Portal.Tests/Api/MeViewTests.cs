using System.Text.Json;
using FocalPoints.Contracts;
using FocalPoints.Portal.Api;

namespace FocalPoints.Portal.Tests.Api;

public sealed class MeViewTests
{
    [Fact]
    public void An_older_server_that_leaves_developmentOutbox_out_reads_as_false()
    {
        // Arrange
        const string json = """{"email":"c@example.org","roles":["Coordinator"],"countries":[],"peerReviews":[]}""";

        // Act
        MeView? me = JsonSerializer.Deserialize<MeView>(json, PortalApi.ReadJson);

        // Assert
        Assert.NotNull(me);
        Assert.False(me.DevelopmentOutbox);
    }

    [Fact]
    public void DevelopmentOutbox_true_from_the_server_reads_as_true()
    {
        // Arrange
        const string json = """{"email":"c@example.org","roles":["Coordinator"],"countries":[],"peerReviews":[],"developmentOutbox":true}""";

        // Act
        MeView? me = JsonSerializer.Deserialize<MeView>(json, PortalApi.ReadJson);

        // Assert
        Assert.True(me!.DevelopmentOutbox);
    }
}
