using System.Net;
using System.Text;
using System.Text.Json;
using Bunit;
using FocalPoints.Contracts;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Strategies;
using FocalPoints.Portal.Api;
using FocalPoints.Portal.Pages.FocalPoint;
using Microsoft.Extensions.DependencyInjection;
using static FocalPoints.Portal.Tests.Components.Steps.StepFormTestData;

namespace FocalPoints.Portal.Tests.Pages.FocalPoint;

public sealed class StepPageTests : PortalTestContext
{
    private readonly FakeServer server = new();

    public StepPageTests() =>
        Services.AddSingleton(new HttpClient(server) { BaseAddress = new Uri("http://portal.test/") });

    [Fact]
    public void A_submission_answered_409_reloads_the_step_and_says_it_was_already_submitted()
    {
        // Arrange: the step is open with a complete draft; meanwhile it was submitted elsewhere
        var me = new MeView("fp@example.org", ["FocalPoint"], [new MyCountryView("KEN", "Kenya")], []);
        IRenderedComponent<StepPage> cut = Render<StepPage>(p => p
            .Add(c => c.CycleId, "c1")
            .Add(c => c.Iso3, "KEN")
            .Add(c => c.StepSlug, StrategyStep.RiskAssessment.ToSlug())
            .Add(c => c.AutosaveDelay, (_, token) => Task.Delay(Timeout.Infinite, token))
            .AddCascadingValue(me));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".step-form")));

        // Act
        ButtonNamed(cut, "Submit for review").Click();

        // Assert: the page shows where the step stands now, read-only, with a plain message
        cut.WaitForAssertion(() => Assert.Contains("This step was already submitted; here is where it stands.", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll(".step-form"));
        Assert.Equal(1, server.Submissions);
    }

    private sealed class FakeServer : HttpMessageHandler
    {
        private bool submittedElsewhere;

        public int Submissions { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string path = request.RequestUri!.AbsolutePath;
            StepStatus status = submittedElsewhere ? StepStatus.Submitted : StepStatus.Open;
            HttpResponseMessage response = (request.Method.Method, path) switch
            {
                ("GET", "/api/cycles") => Json(new CycleListView([])),
                ("GET", "/api/cycles/c1/countries/KEN") => Json(new StrategyView("c1", "KEN", default, StrategyStep.RiskAssessment, [new StepView(StrategyStep.RiskAssessment, status, null, null, submittedElsewhere ? 1 : 0, null)], new PeerReviewFollowUpsView([], []))),
                ("GET", _) when path.EndsWith("/steps/risk-assessment", StringComparison.Ordinal) => Json(new StepDocumentsView("c1", "KEN", StrategyStep.RiskAssessment, status, null, Draft())),
                ("PUT", _) => Json(new { }),
                ("POST", _) => Conflict(),
                _ => new HttpResponseMessage(HttpStatusCode.NotFound),
            };
            return Task.FromResult(response);
        }

        private static JsonElement Draft()
        {
            object content = CompleteRiskAssessment().ToContent();
            return JsonSerializer.SerializeToElement(content, content.GetType(), PortalApi.Json);
        }

        private HttpResponseMessage Conflict()
        {
            Submissions++;
            submittedElsewhere = true;
            return new HttpResponseMessage(HttpStatusCode.Conflict) { Content = new StringContent("""{"status":409,"title":"Not open"}""", Encoding.UTF8, "application/problem+json") };
        }

        private static HttpResponseMessage Json(object value) =>
            new(HttpStatusCode.OK) { Content = new StringContent(JsonSerializer.Serialize(value, value.GetType(), PortalApi.Json), Encoding.UTF8, "application/json") };
    }
}
