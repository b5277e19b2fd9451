using System.Net;
using AngleSharp.Dom;
using Bunit;
using FocalPoints.Portal.Components.Summaries;

namespace FocalPoints.Portal.Tests.Components.Summaries;

/// <summary>A summary is fetched through the API client (which carries the token when the API is elsewhere) and shown from memory in a sandbox.</summary>
public sealed class SummaryFrameTests : ApiAnsweringContext
{
    [Fact]
    public void The_summary_is_fetched_and_shown_in_a_sandboxed_frame_without_a_source()
    {
        // Arrange
        RecordingApi api = Answer(HttpStatusCode.OK, "<!DOCTYPE html><h1>Senegal</h1>", "text/html");

        // Act
        IRenderedComponent<SummaryFrame> frame = Render<SummaryFrame>(p => p.Add(c => c.Path, "api/cycles/c1/countries/SEN/summary").Add(c => c.Title, "Summary of Senegal"));

        // Assert
        IElement iframe = frame.Find("iframe");
        Assert.Equal(["/api/cycles/c1/countries/SEN/summary"], api.Asked);
        Assert.Equal("<!DOCTYPE html><h1>Senegal</h1>", iframe.GetAttribute("srcdoc"));
        Assert.Equal(string.Empty, iframe.GetAttribute("sandbox"));
        Assert.Null(iframe.GetAttribute("src"));
        Assert.Equal("Summary of Senegal", iframe.GetAttribute("title"));
    }

    [Fact]
    public void Until_the_summary_arrives_the_reader_is_told_it_is_loading()
    {
        // Arrange
        var slow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Answer(HttpStatusCode.OK, "<!DOCTYPE html><h1>Senegal</h1>", "text/html", slow);

        // Act
        IRenderedComponent<SummaryFrame> frame = Render<SummaryFrame>(p => p.Add(c => c.Path, "api/cycles/c1/countries/SEN/summary").Add(c => c.Title, "Summary of Senegal"));

        // Assert: a status line while the frame waits, gone once the summary is shown.
        Assert.Equal("Loading the summary…", frame.Find("[role=status]").TextContent);
        Assert.Equal("true", frame.Find("iframe").GetAttribute("aria-busy"));
        slow.SetResult();
        frame.WaitForAssertion(() => Assert.Equal("<!DOCTYPE html><h1>Senegal</h1>", frame.Find("iframe").GetAttribute("srcdoc")));
        Assert.Empty(frame.FindAll("[role=status]"));
    }

    [Fact]
    public void A_refused_summary_shows_the_problem_and_an_empty_frame()
    {
        // Arrange
        RecordingApi api = Answer(HttpStatusCode.Forbidden, """{"title":"Forbidden","status":403}""", "application/problem+json");

        // Act
        IRenderedComponent<SummaryFrame> frame = Render<SummaryFrame>(p => p.Add(c => c.Path, "api/peer-reviews/s1/summary").Add(c => c.Title, "Comparative summary"));

        // Assert
        Assert.Contains("You do not have access", frame.Markup, StringComparison.Ordinal);
        Assert.Null(frame.Find("iframe").GetAttribute("srcdoc"));
    }
}
