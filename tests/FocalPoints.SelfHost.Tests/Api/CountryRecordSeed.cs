using System.Net;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;

namespace FocalPoints.SelfHost.Tests.Api;

/// <summary>
/// What the country-record tests start from, through the API: a cycle for Ghana and Denmark (both registered).
/// Ghana's risk assessment was returned (version 1, shared with the network) and approved (version 2,
/// confidential, holding <paramref name="Canary"/>); Denmark's approved one holds <see cref="DenmarkWords"/>. A
/// peer-review session of both made a recommendation to each, and Ghana responded.
/// </summary>
public sealed record CountryRecordSeed(string Cycle, string Canary, string Reviewer)
{
    public const string DenmarkWords = "Denmark's own evidence, never in Ghana's record";
    public const string ReturnComments = "Say more on RF9.";
    public const string Recommendation = "Publish the early-warning indicators every quarter.";
    public const string Response = "Ghana accepts and will publish quarterly.";

    public async Task SeedAsync(NetworkScenario network, ApiClient api)
    {
        NetworkScenario.Ensure(await network.OpenCycleAsync(Cycle, ["GHA", "DNK"], NetworkScenario.SlowSchedule), HttpStatusCode.Accepted);
        await network.WaitForOpenAsync(Cycle, "GHA", StrategyStep.RiskAssessment);
        NetworkScenario.Ensure(await network.SubmitAsync(Cycle, "GHA", StrategyStep.RiskAssessment, new RiskAssessmentBuilder().SharedAs(Sharing.Network).Build()), HttpStatusCode.Accepted);
        NetworkScenario.Ensure(await network.ReviewAsync(Cycle, "GHA", StrategyStep.RiskAssessment, ReviewDecision.Return, ReturnComments), HttpStatusCode.Accepted);
        await network.CompleteStepAsync(Cycle, "GHA", StrategyStep.RiskAssessment, new RiskAssessmentBuilder().WithFactor("RF9", RiskRating.Severe, Trend.Worsening, Canary).SharedAs(Sharing.Confidential).Build());
        await network.CompleteStepAsync(Cycle, "DNK", StrategyStep.RiskAssessment, new RiskAssessmentBuilder().WithFactor("RF2", RiskRating.Low, Trend.Stable, DenmarkWords).Build());

        ApiResponse session = NetworkScenario.Ensure(await api.PostAsync("/api/peer-reviews", new
        {
            title = "Record peer review",
            date = "2026-01-15",
            cycleId = Cycle,
            countries = new[] { "GHA", "DNK" },
            reviewers = new[] { Reviewer },
        }, NetworkScenario.Coordinator), HttpStatusCode.Created);
        string sessionId = (string)session.Json!["sessionId"]!;
        foreach ((string country, string text) in new[] { ("GHA", Recommendation), ("DNK", "Denmark's recommendation.") })
        {
            NetworkScenario.Ensure(await api.PostAsync($"/api/peer-reviews/{sessionId}/recommendations", new { country, text, status = "accepted", followUpBy = "2026-06-30" }, NetworkScenario.Coordinator), HttpStatusCode.Created);
        }

        NetworkScenario.Ensure(await api.PutAsync($"/api/peer-reviews/{sessionId}/responses/GHA", new { text = Response }, Principals.FocalPoint(Principals.FocalPointEmail("GHA"))), HttpStatusCode.OK);
    }
}
