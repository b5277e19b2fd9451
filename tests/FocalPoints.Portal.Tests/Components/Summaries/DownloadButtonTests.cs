using System.Net;
using System.Text;
using Bunit;
using FocalPoints.Portal.Components.Summaries;

namespace FocalPoints.Portal.Tests.Components.Summaries;

/// <summary>A file of the API is fetched through the API client and handed to the browser to save, never navigated to.</summary>
public sealed class DownloadButtonTests : ApiAnsweringContext
{
    [Fact]
    public void A_click_fetches_the_file_and_hands_its_bytes_to_the_browser()
    {
        // Arrange
        RecordingApi api = Answer(HttpStatusCode.OK, "country,status\nSEN,inProgress\n", "text/csv");
        BunitJSInterop js = JSInterop;
        js.Mode = JSRuntimeMode.Strict;
        JSRuntimeInvocationHandler download = js.SetupVoid("focalPoints.download", _ => true);
        IRenderedComponent<DownloadButton> button = Render<DownloadButton>(p => p
            .Add(c => c.Path, "api/cycles/2027/progress.csv?overdue=true")
            .Add(c => c.FileName, "progress-2027.csv")
            .Add(c => c.Label, "Download CSV"));

        // Act
        button.Find("button").Click();

        // Assert
        Assert.Equal(["/api/cycles/2027/progress.csv?overdue=true"], api.Asked);
        JSRuntimeInvocation saved = Assert.Single(download.Invocations);
        Assert.Equal("progress-2027.csv", saved.Arguments[0]);
        Assert.StartsWith("text/csv", (string)saved.Arguments[1]!, StringComparison.Ordinal);
        Assert.Equal("country,status\nSEN,inProgress\n", Encoding.UTF8.GetString((byte[])saved.Arguments[2]!));
        Assert.Equal("Download CSV", button.Find("button").TextContent);
    }

    [Fact]
    public void A_refused_file_says_so_and_saves_nothing()
    {
        // Arrange
        RecordingApi api = Answer(HttpStatusCode.Unauthorized, string.Empty, "text/plain");
        JSInterop.Mode = JSRuntimeMode.Strict;
        IRenderedComponent<DownloadButton> button = Render<DownloadButton>(p => p
            .Add(c => c.Path, "api/peer-reviews/s1/summary")
            .Add(c => c.FileName, "peer-review-s1.html")
            .Add(c => c.Label, "Download"));

        // Act
        button.Find("button").Click();

        // Assert
        Assert.Equal("The download failed.", button.Find("[role=alert]").TextContent.Trim());
        Assert.Empty(JSInterop.Invocations);
    }
}
