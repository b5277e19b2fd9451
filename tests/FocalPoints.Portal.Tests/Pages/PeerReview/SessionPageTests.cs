using System.Net;
using System.Text;
using AngleSharp.Dom;
using Bunit;
using FocalPoints.Contracts;
using FocalPoints.Portal.Pages.PeerReview;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoints.Portal.Tests.Pages.PeerReview;

/// <summary>
/// The session page offers the shared edition of the comparative summary (the file a coordinator may
/// forward to reviewers); the coordinators' edition, with every country's confidential sections, is a
/// separate action for coordinators only. Reviewers' addresses are shown to coordinators only.
/// </summary>
public sealed class SessionPageTests : PortalTestContext
{
    private const string Reviewer = "reviewer@peer.example";

    private readonly FakeServer server = new();

    public SessionPageTests() =>
        Services.AddSingleton(new HttpClient(server) { BaseAddress = new Uri("http://portal.test/") });

    [Fact]
    public void The_coordinators_download_is_the_shared_edition_and_the_internal_one_is_a_separate_labelled_action()
    {
        // Arrange
        IRenderedComponent<Session> page = RenderAs(new MeView("co@network.example", ["Coordinator"], [], []));

        // Act
        Button(page, "Download the printable comparative summary").Click();
        Button(page, "Download the coordinators' edition (confidential, not for reviewers)").Click();

        // Assert: the frame and the first download read the shared edition; only the labelled action reads the internal one
        string[] summaries = server.Asked.Where(p => p.Contains("/summary", StringComparison.Ordinal) && !p.Contains("/countries/", StringComparison.Ordinal)).ToArray();
        Assert.Equal("/api/peer-reviews/s1/summary?edition=internal", summaries[^1]);
        Assert.All(summaries[..^1], p => Assert.Equal("/api/peer-reviews/s1/summary?edition=shared", p));
        Assert.Contains(Reviewer, page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cohort_focal_point_sees_how_many_reviewers_there_are_and_no_internal_edition()
    {
        // Arrange / Act
        IRenderedComponent<Session> page = RenderAs(new MeView("fp@dnk.example", ["FocalPoint"], [new MyCountryView("DNK", "Denmark")], []));

        // Assert
        Assert.DoesNotContain(Reviewer, page.Markup, StringComparison.Ordinal);
        Assert.Contains("Number of reviewers", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Contains("coordinators' edition", StringComparison.Ordinal));
        Assert.DoesNotContain(server.Asked, p => p.Contains("edition=internal", StringComparison.Ordinal));
    }

    [Fact]
    public void The_session_lists_the_good_practice_the_coordinators_attached_to_it()
    {
        // Arrange / Act
        IRenderedComponent<Session> page = RenderAs(new MeView("reviewer@peer.example", ["PeerReviewer"], [], []));

        // Assert
        page.WaitForAssertion(() => Assert.Contains("Community early-warning committees", page.Markup, StringComparison.Ordinal));
        Assert.Contains("Good practice attached to this session", page.Markup, StringComparison.Ordinal);
        Assert.Contains(server.Asked, p => p == "/api/good-practice?sessionId=s1");
    }

    [Fact]
    public void Ghanas_focal_point_declares_a_recommendation_done_and_the_list_shows_it()
    {
        // Arrange
        IRenderedComponent<Session> page = RenderAs(new MeView("fp@gha.example", ["FocalPoint"], [new MyCountryView("GHA", "Ghana")], []));
        Assert.Equal("not declared", page.Find("td.progress").TextContent.Trim());
        IElement label = page.FindAll("label").Single(l => l.TextContent == "Implementation of recommendation 1");

        // Act
        page.Find($"select#{label.GetAttribute("for")}").Change("Done");
        page.Find("form.progress-form").Submit();

        // Assert
        page.WaitForAssertion(() => Assert.Contains("implemented", page.Find("td.progress").TextContent, StringComparison.Ordinal));
        (string path, string body) = Assert.Single(server.Put);
        Assert.Equal("/api/peer-reviews/s1/recommendations/GHA/1/progress", path);
        Assert.Contains("\"progress\":\"done\"", body, StringComparison.Ordinal);
        Assert.Contains("Published.", page.Find("td.progress").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_cohort_countrys_focal_point_reads_the_declaration_but_cannot_declare()
    {
        // Arrange / Act
        IRenderedComponent<Session> page = RenderAs(new MeView("fp@dnk.example", ["FocalPoint"], [new MyCountryView("DNK", "Denmark")], []));
        page.FindAll("fluent-button").Single(b => b.TextContent.Trim() == "Ghana").Click();

        // Assert
        Assert.Equal("not declared", page.Find("td.progress").TextContent.Trim());
        Assert.Empty(page.FindAll("select"));
        Assert.Empty(page.FindAll("form.progress-form"));
    }

    private IRenderedComponent<Session> RenderAs(MeView me)
    {
        IRenderedComponent<Session> page = Render<Session>(p => p.Add(c => c.SessionId, "s1").AddCascadingValue(me));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("h1:not(:empty)")));
        page.WaitForAssertion(() => Assert.Equal("Troika review", page.Find("h1").TextContent));
        return page;
    }

    private static IElement Button(IRenderedComponent<Session> page, string name) =>
        page.FindAll("button").Single(b => b.TextContent.Trim() == name);

    private sealed class FakeServer : HttpMessageHandler
    {
        private const string SessionJson = $$"""
            {"session":{"sessionId":"s1","title":"Troika review","date":"2027-09-15","cycleId":"c2027","countries":["GHA","DNK"],"regionalGroup":null,
              "reviewers":["{{Reviewer}}"],"reviewerCount":1,"createdUtc":"2027-08-01T09:00:00Z"},
             "recommendations":[{"sessionId":"s1","cycleId":"c2027","country":"GHA","number":1,"text":"Publish the indicators.","status":"accepted","followUpBy":"2028-03-01"}],"responses":[]}
            """;

        private const string AttachedJson = """
            {"entries":[{"entryId":"gp-1","cycleId":"c2027","country":"GHA","countryName":"Ghana","regionalGroup":"africanStates","step":"actionPrioritisation","version":1,
              "item":{"kind":"action","key":"k","title":"Community early-warning committees","audience":null,"topics":[],"restraints":["R3"],"riskFactors":["RF2"]},
              "whatWorked":"Alerts within days.","whatDidNotWork":null,"language":"en","offeredUtc":"2027-08-01T09:00:00Z","featured":false,"sessions":["s1"]}]}
            """;

        private const string DeclaredJson = """
            {"sessionId":"s1","cycleId":"c2027","country":"GHA","number":1,"text":"Publish the indicators.","status":"accepted","followUpBy":"2028-03-01",
             "progress":{"progress":"done","declaredUtc":"2027-10-01T09:00:00Z","note":"Published."}}
            """;

        public List<string> Asked { get; } = [];

        public List<(string Path, string Body)> Put { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string path = request.RequestUri!.PathAndQuery;
            lock (Asked)
            {
                Asked.Add(path);
            }

            if (request.Method == HttpMethod.Put)
            {
                lock (Put)
                {
                    Put.Add((path, request.Content!.ReadAsStringAsync(cancellationToken).GetAwaiter().GetResult()));
                }

                return Task.FromResult(Answer(DeclaredJson, "application/json"));
            }

            return Task.FromResult(request.RequestUri.AbsolutePath switch
            {
                "/api/peer-reviews/s1" => Answer(SessionJson, "application/json"),
                "/api/good-practice" when request.RequestUri.Query == "?sessionId=s1" => Answer(AttachedJson, "application/json"),
                _ => Answer("<p>summary</p>", "text/html"),
            });
        }

        private static HttpResponseMessage Answer(string body, string mediaType) =>
            new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
    }
}
