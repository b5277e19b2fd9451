using System.Net;
using System.Text.Json.Nodes;
using FocalPoints.Domain.Strategies;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;

namespace FocalPoints.SelfHost.Tests.Api;

/// <summary>
/// Cycle <c>gp1</c>: Ghana's and Kenya's prioritised actions are approved and shared with the
/// network; Denmark's are approved but confidential, and one of them carries a canary. Ghana's training
/// and resources are approved too, its resource paying for its priority-2 action (R5, RF8).
/// </summary>
public sealed class GoodPracticeHostFixture : HostFixture
{
    public const string Cycle = "gp1";
    public const string Canary = "CANARY-GOOD-PRACTICE-7f3a";

    protected override async Task SeedAsync()
    {
        await Network.RegisterAsync("GHA", "DNK", "KEN");
        NetworkScenario.Ensure(await Network.OpenCycleAsync(Cycle, ["GHA", "DNK", "KEN"], NetworkScenario.SlowSchedule), HttpStatusCode.Accepted);
        foreach (string country in new[] { "GHA", "DNK", "KEN" })
        {
            await Network.CompleteStepAsync(Cycle, country, StrategyStep.RiskAssessment, StepContents.Complete(StrategyStep.RiskAssessment));
        }

        await Network.CompleteStepAsync(Cycle, "GHA", StrategyStep.ActionPrioritisation,
            new ActionPrioritisationBuilder().WithAction("Community early-warning committees", "R3", 1, ["RF2"]).WithAction("Hate-speech monitoring", "R5", 2, ["RF8"]).Build());
        await Network.CompleteStepAsync(Cycle, "GHA", StrategyStep.OfficialTraining, StepContents.Complete(StrategyStep.OfficialTraining));
        await Network.CompleteStepAsync(Cycle, "GHA", StrategyStep.ResourceMobilisation, new ResourceMobilisationBuilder().WithResource(40_000m, "GHS", 2).Build());
        await Network.CompleteStepAsync(Cycle, "KEN", StrategyStep.ActionPrioritisation,
            new ActionPrioritisationBuilder().WithAction("Judicial training on atrocity crimes", "R3", 1, ["RF2"]).Build());
        await Network.CompleteStepAsync(Cycle, "DNK", StrategyStep.ActionPrioritisation,
            new ActionPrioritisationBuilder().WithAction(Canary, "R3", 1, ["RF2"]).Build() with { Sharing = Sharing.Confidential });
    }
}

public sealed class GoodPracticeTests(GoodPracticeHostFixture host) : IClassFixture<GoodPracticeHostFixture>
{
    private const string Cycle = GoodPracticeHostFixture.Cycle;
    private static readonly string Ghana = Principals.FocalPoint(Principals.FocalPointEmail("GHA"));
    private static readonly string Denmark = Principals.FocalPoint(Principals.FocalPointEmail("DNK"));
    private static readonly string Kenya = Principals.FocalPoint(Principals.FocalPointEmail("KEN"));
    private static readonly string Reviewer = Principals.Header("reviewer@peer.example", "PeerReviewer");

    private ApiClient Api => host.Host.Api;

    private static object Offer(string country, int index, string worked = "Local committees raised alerts within days.") =>
        new { cycleId = Cycle, country, kind = "action", index, whatWorked = worked, whatDidNotWork = "Rural coverage was thin.", language = "en" };

    private async Task<string> OfferAsync(string country, string principal, int index)
    {
        ApiResponse created = await Api.PostAsync("/api/good-practice", Offer(country, index), principal);
        Assert.True(created.Status == HttpStatusCode.Created, created.ToString());
        string id = (string)created.Json!["entryId"]!;
        Assert.Equal($"/api/good-practice/{id}", created.Headers.Location?.ToString());
        return id;
    }

    private async Task<JsonArray> ListAsync(string query, string principal)
    {
        ApiResponse list = await Api.GetAsync("/api/good-practice" + query, principal);
        Assert.True(list.Status == HttpStatusCode.OK, list.ToString());
        return (JsonArray)list.Json!["entries"]!;
    }

    [Fact(Timeout = 120_000)]
    public async Task An_offered_item_is_found_by_another_country_and_a_peer_reviewer_by_its_filters()
    {
        string id = await OfferAsync("KEN", Kenya, 0);

        JsonArray found = await ListAsync("?restraint=R3&riskFactor=RF2&regionalGroup=africanStates&language=en&step=action-prioritisation&q=judicial", Ghana);
        JsonNode entry = Assert.Single(found, e => (string?)e!["entryId"] == id)!;
        Assert.Equal("KEN", (string?)entry["country"]);
        Assert.Equal("Judicial training on atrocity crimes", (string?)entry["item"]!["title"]);
        Assert.Null(entry["offeredBy"]);
        Assert.Contains(await ListAsync("?q=judicial", Reviewer), e => (string?)e!["entryId"] == id);
        Assert.DoesNotContain(await ListAsync("?restraint=R5&q=judicial", Ghana), e => (string?)e!["entryId"] == id);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.GetAsync("/api/good-practice", null)).Status);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_confidential_step_is_refused_and_its_canary_appears_in_no_library_response()
    {
        ApiResponse refused = await Api.PostAsync("/api/good-practice", Offer("DNK", 0), Denmark);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("application/problem+json", refused.ContentType);
        Assert.NotNull(refused.Json!["errors"]!["$.kind"]);
        Assert.DoesNotContain(GoodPracticeHostFixture.Canary, refused.Body, StringComparison.Ordinal);
        foreach (string principal in new[] { NetworkScenario.Coordinator, Ghana, Denmark, Reviewer })
        {
            ApiResponse library = await Api.GetAsync("/api/good-practice?step=action-prioritisation", principal);
            Assert.Equal(HttpStatusCode.OK, library.Status);
            Assert.DoesNotContain(GoodPracticeHostFixture.Canary, library.Body, StringComparison.Ordinal);
        }
    }

    [Fact(Timeout = 120_000)]
    public async Task Bad_input_is_a_problem_and_changes_nothing()
    {
        int before = (await ListAsync(string.Empty, NetworkScenario.Coordinator)).Count;

        ApiResponse noNote = await Api.PostAsync("/api/good-practice", Offer("GHA", 1, worked: " "), Ghana);
        ApiResponse noItem = await Api.PostAsync("/api/good-practice", Offer("GHA", 9), Ghana);
        ApiResponse badFilter = await Api.GetAsync("/api/good-practice?riskFactor=RF99", Ghana);
        ApiResponse notJson = await Api.SendAsync(HttpMethod.Post, "/api/good-practice", "x", Ghana, contentType: "text/plain");
        ApiResponse forOther = await Api.PostAsync("/api/good-practice", Offer("KEN", 0), Ghana);

        Assert.Equal(HttpStatusCode.BadRequest, noNote.Status);
        Assert.NotNull(noNote.Json!["errors"]!["$.whatWorked"]);
        Assert.NotNull(noItem.Json!["errors"]!["$.index"]);
        Assert.Equal(HttpStatusCode.BadRequest, badFilter.Status);
        Assert.NotNull(badFilter.Json!["errors"]!["riskFactor"]);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.Status);
        Assert.Equal(HttpStatusCode.Forbidden, forOther.Status);
        Assert.All(new[] { noNote, noItem, badFilter, notJson, forOther }, r => Assert.Equal("application/problem+json", r.ContentType));
        Assert.Equal(before, (await ListAsync(string.Empty, NetworkScenario.Coordinator)).Count);
    }

    [Fact(Timeout = 120_000)]
    public async Task Every_kind_is_found_by_restraint_and_risk_factor_from_its_content_or_the_focal_point_s_choice()
    {
        ApiResponse resource = await Api.PostAsync("/api/good-practice", new { cycleId = Cycle, country = "GHA", kind = "resource", index = 0, whatWorked = "The budget line held.", language = "en" }, Ghana);
        ApiResponse training = await Api.PostAsync("/api/good-practice", new
        {
            cycleId = Cycle,
            country = "GHA",
            kind = "trainingProgramme",
            index = 0,
            whatWorked = "Judges asked for a second round.",
            language = "en",
            restraints = new[] { "R2" },
            riskFactors = new[] { "RF9", "RF10" },
        }, Ghana);
        ApiResponse unknown = await Api.PostAsync("/api/good-practice", new
        {
            cycleId = Cycle,
            country = "GHA",
            kind = "legislativeEngagement",
            index = 0,
            whatWorked = "The committee listened.",
            language = "en",
            riskFactors = new[] { "RF99" },
        }, Ghana);

        Assert.True(resource.Status == HttpStatusCode.Created, resource.ToString());
        Assert.Equal(["R5"], resource.Json!["item"]!["restraints"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(["RF8"], resource.Json!["item"]!["riskFactors"]!.AsArray().Select(n => (string?)n));
        Assert.True(training.Status == HttpStatusCode.Created, training.ToString());
        JsonArray found = await ListAsync("?restraint=R2&riskFactor=RF10&step=official-training", Kenya);
        Assert.Equal((string?)training.Json!["entryId"], (string?)Assert.Single(found)!["entryId"]);
        Assert.Equal((string?)resource.Json["entryId"], (string?)Assert.Single(await ListAsync("?restraint=R5&step=resource-mobilisation", Kenya))!["entryId"]);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.NotNull(unknown.Json!["errors"]!["$.riskFactors[0]"]);
    }

    [Fact(Timeout = 120_000)]
    public async Task Only_the_country_s_focal_points_withdraw_its_entry()
    {
        string id = await OfferAsync("GHA", Ghana, 1);

        Assert.Equal(HttpStatusCode.Conflict, (await Api.PostAsync("/api/good-practice", Offer("GHA", 1), Ghana)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.DeleteAsync($"/api/good-practice/{id}", Denmark)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.DeleteAsync($"/api/good-practice/{id}", NetworkScenario.Coordinator)).Status);
        Assert.Contains(await ListAsync(string.Empty, Denmark), e => (string?)e!["entryId"] == id);

        Assert.Equal(HttpStatusCode.NoContent, (await Api.DeleteAsync($"/api/good-practice/{id}", Ghana)).Status);
        Assert.DoesNotContain(await ListAsync(string.Empty, Denmark), e => (string?)e!["entryId"] == id);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.DeleteAsync($"/api/good-practice/{id}", Ghana)).Status);
    }

    [Fact(Timeout = 120_000)]
    public async Task Coordinators_feature_an_entry_and_attach_it_to_a_session_whose_page_lists_it()
    {
        string id = await OfferAsync("GHA", Ghana, 0);
        ApiResponse session = await Api.PostAsync("/api/peer-reviews", new
        {
            title = "Good practice review",
            date = "2027-09-15",
            cycleId = Cycle,
            countries = new[] { "GHA", "KEN" },
            regionalGroup = (string?)null,
            reviewers = new[] { "reviewer@peer.example" },
        }, NetworkScenario.Coordinator);
        string sessionId = (string)session.Json!["sessionId"]!;

        Assert.Equal(HttpStatusCode.Forbidden, (await Api.PutAsync($"/api/good-practice/{id}/featured", new { featured = true }, Ghana)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Api.PutAsync($"/api/good-practice/{id}/featured", new { }, NetworkScenario.Coordinator)).Status);
        Assert.Equal(HttpStatusCode.OK, (await Api.PutAsync($"/api/good-practice/{id}/featured", new { featured = true }, NetworkScenario.Coordinator)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.PutAsync($"/api/good-practice/{id}/sessions/pr-none", null, NetworkScenario.Coordinator)).Status);
        Assert.Equal(HttpStatusCode.OK, (await Api.PutAsync($"/api/good-practice/{id}/sessions/{sessionId}", null, NetworkScenario.Coordinator)).Status);

        JsonNode featured = (await ListAsync("?featured=true", Kenya))[0]!;
        Assert.Equal(id, (string?)featured["entryId"]);
        JsonNode attached = Assert.Single(await ListAsync($"?sessionId={sessionId}", Reviewer))!;
        Assert.Equal(id, (string?)attached["entryId"]);

        Assert.Equal(HttpStatusCode.OK, (await Api.DeleteAsync($"/api/good-practice/{id}/sessions/{sessionId}", NetworkScenario.Coordinator)).Status);
        Assert.Empty(await ListAsync($"?sessionId={sessionId}", Reviewer));
    }
}
