using System.Net;
using System.Text.Json.Nodes;
using FocalPoints.Testing;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;

namespace FocalPoints.SelfHost.Tests.Api;

/// <summary>
/// Every kind of bad input answers its RFC 9457 problem and changes nothing: the application's
/// tables (rows and ETags) and the workflows' durable state are the same before and after.
/// </summary>
public sealed class BadInputTests(StrategyHostFixture host) : IClassFixture<StrategyHostFixture>
{
    private const string Gha = $"/api/cycles/{StrategyHostFixture.Cycle}/countries/GHA";
    private static readonly string GhaFocalPoint = Principals.FocalPoint(Principals.FocalPointEmail("GHA"));
    private static readonly string Coordinator = NetworkScenario.Coordinator;

    public static TheoryData<string, string, string, object?, string, HttpStatusCode, string?> Cases() => new()
    {
        { "malformed JSON", "POST", $"{Gha}/steps/risk-assessment/submission", "{ \"riskFactors\": [", GhaFocalPoint, HttpStatusCode.BadRequest, "$.riskFactors[0]" },
        { "field of the wrong type", "POST", $"{Gha}/steps/risk-assessment/submission", "{\"riskFactors\":\"all of them\"}", GhaFocalPoint, HttpStatusCode.BadRequest, "$.riskFactors" },
        { "unknown field", "POST", $"{Gha}/steps/risk-assessment/submission", "{\"riskFactors\":[],\"budget\":5}", GhaFocalPoint, HttpStatusCode.BadRequest, null },
        { "invalid enum", "POST", $"{Gha}/steps/risk-assessment/submission", "{\"riskFactors\":[{\"id\":\"RF1\",\"rating\":\"catastrophic\"}]}", GhaFocalPoint, HttpStatusCode.BadRequest, "$.riskFactors[0].rating" },
        { "enum as a number", "POST", $"{Gha}/steps/risk-assessment/submission", "{\"riskFactors\":[{\"id\":\"RF1\",\"rating\":2}]}", GhaFocalPoint, HttpStatusCode.BadRequest, "$.riskFactors[0].rating" },
        { "missing risk factors", "POST", $"{Gha}/steps/risk-assessment/submission", new RiskAssessmentBuilder().WithoutFactor("RF4").WithoutFactor("RF11").Build(), GhaFocalPoint, HttpStatusCode.BadRequest, "$.riskFactors" },
        { "text over 4,000 characters", "POST", $"{Gha}/steps/risk-assessment/submission", new RiskAssessmentBuilder().WithFactor("RF1", Domain.Strategies.Content.RiskRating.Low, evidence: new string('e', 4001)).Build(), GhaFocalPoint, HttpStatusCode.BadRequest, "$.riskFactors[0].evidence" },
        { "draft with text over 4,000 characters", "PUT", $"{Gha}/steps/risk-assessment/draft", new RiskAssessmentBuilder().WithRestraint("R2", Domain.Strategies.Content.Capacity.Weak, new string('n', 4001)).Build(), GhaFocalPoint, HttpStatusCode.BadRequest, "$.resilience[1].notes" },
        { "body over 256 KiB", "POST", $"{Gha}/steps/risk-assessment/submission", "{\"riskFactors\":[],\"pad\":\"" + new string('p', 270_000) + "\"}", GhaFocalPoint, HttpStatusCode.RequestEntityTooLarge, null },
        { "step out of order", "POST", $"{Gha}/steps/action-prioritisation/submission", new ActionPrioritisationBuilder().Build(), GhaFocalPoint, HttpStatusCode.Conflict, null },
        { "unknown step", "POST", $"{Gha}/steps/peace-building/submission", new ActionPrioritisationBuilder().Build(), GhaFocalPoint, HttpStatusCode.NotFound, null },
        { "review with no submission", "POST", $"{Gha}/steps/risk-assessment/review", new { decision = "approve" }, Coordinator, HttpStatusCode.Conflict, null },
        { "return without comments", "POST", $"{Gha}/steps/risk-assessment/review", new { decision = "return" }, Coordinator, HttpStatusCode.BadRequest, "$.comments" },
        { "review with an invalid decision", "POST", $"{Gha}/steps/risk-assessment/review", new { decision = "maybe" }, Coordinator, HttpStatusCode.BadRequest, "$.decision" },
        { "unknown country", "GET", $"/api/cycles/{StrategyHostFixture.Cycle}/countries/XYZ", null, Coordinator, HttpStatusCode.BadRequest, "iso3" },
        { "non-member registered", "PUT", "/api/network/members/PSE", new { name = "Observer", regionalGroup = "asiaPacificStates", focalPoints = Array.Empty<object>() }, Coordinator, HttpStatusCode.BadRequest, "iso3" },
        { "member with a bad time zone", "PUT", "/api/network/members/GHA", new { name = "Ghana", regionalGroup = "africanStates", focalPoints = new[] { new { name = "X", email = "x@gh.example", language = "en", timeZone = "Accra" } } }, Coordinator, HttpStatusCode.BadRequest, "$.focalPoints[0].timeZone" },
        { "country not in the cycle", "POST", $"/api/cycles/{StrategyHostFixture.Cycle}/countries/DNK/steps/risk-assessment/submission", new RiskAssessmentBuilder().Build(), Principals.FocalPoint(Principals.FocalPointEmail("DNK")), HttpStatusCode.NotFound, null },
        { "cycle with a non-member", "POST", "/api/cycles", new { cycleId = "other", title = "T", countries = new[] { "GHA", "TWN" }, schedule = NetworkScenario.SlowSchedule }, Coordinator, HttpStatusCode.BadRequest, "$.countries[1]" },
        { "cycle with an unregistered member", "POST", "/api/cycles", new { cycleId = "other", title = "T", countries = new[] { "FRA" }, schedule = NetworkScenario.SlowSchedule }, Coordinator, HttpStatusCode.BadRequest, "$.countries[0]" },
        { "cycle with a bad duration", "POST", "/api/cycles", new { cycleId = "other", title = "T", countries = new[] { "GHA" }, schedule = new { stepDuration = "two weeks", reviewDuration = "P1D", reminderOffsets = Array.Empty<string>(), overdueReminderEvery = "P1D", escalateAfter = "P1D" } }, Coordinator, HttpStatusCode.BadRequest, "$.schedule.stepDuration" },
        { "cycle with an unrepresentable step", "POST", "/api/cycles", new { cycleId = "other", title = "T", countries = new[] { "GHA" }, schedule = new { stepDuration = "P20000Y", reviewDuration = "P1D", reminderOffsets = Array.Empty<string>(), overdueReminderEvery = "P1D", escalateAfter = "P1D" } }, Coordinator, HttpStatusCode.BadRequest, "$.schedule.stepDuration" },
        { "cycle with a reminder 5,000 years early", "POST", "/api/cycles", new { cycleId = "other", title = "T", countries = new[] { "GHA" }, schedule = new { stepDuration = "P60D", reviewDuration = "P14D", reminderOffsets = new[] { "P7D", "P5000Y" }, overdueReminderEvery = "P7D", escalateAfter = "P14D" } }, Coordinator, HttpStatusCode.BadRequest, "$.schedule.reminderOffsets[1]" },
        { "cycle with overdue reminders every 10 ms", "POST", "/api/cycles", new { cycleId = "other", title = "T", countries = new[] { "GHA" }, schedule = new { stepDuration = "PT8S", reviewDuration = "PT4S", reminderOffsets = Array.Empty<string>(), overdueReminderEvery = "PT0.01S", escalateAfter = "PT3S" } }, Coordinator, HttpStatusCode.BadRequest, "$.schedule.overdueReminderEvery" },
        { "same cycle id, different body", "POST", "/api/cycles", new { cycleId = StrategyHostFixture.Cycle, title = "Another title", countries = new[] { "GHA" }, schedule = NetworkScenario.SlowSchedule }, Coordinator, HttpStatusCode.Conflict, null },
        { "null in a list", "POST", $"{Gha}/steps/risk-assessment/submission", "{\"riskFactors\":[null],\"resilience\":[]}", GhaFocalPoint, HttpStatusCode.BadRequest, "$.riskFactors[0]" },
        { "null focal point", "PUT", "/api/network/members/GHA", "{\"name\":\"Ghana\",\"regionalGroup\":\"africanStates\",\"focalPoints\":[null]}", Coordinator, HttpStatusCode.BadRequest, "$.focalPoints[0]" },
        { "null country in a peer review", "POST", "/api/peer-reviews", "{\"title\":\"T\",\"date\":\"2027-09-15\",\"cycleId\":\"api\",\"countries\":[\"GHA\",null],\"regionalGroup\":null,\"reviewers\":[\"r@peer.example\"]}", Coordinator, HttpStatusCode.BadRequest, "$.countries[1]" },
        { "empty body", "POST", $"{Gha}/steps/risk-assessment/submission", "", GhaFocalPoint, HttpStatusCode.BadRequest, "$" },
        { "sharing given twice, the second in another case", "POST", $"{Gha}/steps/risk-assessment/submission", WithSharing("\"sharing\":\"confidential\",\"Sharing\":\"public\""), GhaFocalPoint, HttpStatusCode.BadRequest, "$.Sharing" },
        { "sharing given twice", "PUT", $"{Gha}/steps/risk-assessment/draft", WithSharing("\"sharing\":\"confidential\",\"sharing\":\"public\""), GhaFocalPoint, HttpStatusCode.BadRequest, "$.sharing" },
        { "a field name in another case", "POST", $"{Gha}/steps/risk-assessment/submission", WithSharing("\"SHARING\":\"public\""), GhaFocalPoint, HttpStatusCode.BadRequest, "$.SHARING" },
        { "a member's name given twice", "PUT", "/api/network/members/GHA", "{\"name\":\"Ghana\",\"name\":\"Elsewhere\",\"regionalGroup\":\"africanStates\",\"focalPoints\":[]}", Coordinator, HttpStatusCode.BadRequest, "$.name" },
        { "a review decision given twice", "POST", $"{Gha}/steps/risk-assessment/review", "{\"decision\":\"return\",\"comments\":\"c\",\"decision\":\"approve\"}", Coordinator, HttpStatusCode.BadRequest, "$.decision" },
    };

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_answers_a_problem_and_changes_nothing(string why, string method, string path, object? body, string principal, HttpStatusCode expected, string? errorPath)
    {
        string storageBefore = await StorageSnapshot.TakeAsync(host.ConnectionString);
        string ghaBefore = await host.WorkflowStateAsync("GHA");
        string criBefore = await host.WorkflowStateAsync("CRI");

        ApiResponse response = await host.Host.Api.SendAsync(new HttpMethod(method), path, body, principal);

        Assert.True(expected == response.Status, $"{why}: expected {(int)expected}, got {response}");
        Assert.Equal("application/problem+json", response.ContentType);
        JsonNode problem = response.Json!;
        Assert.Equal((int)expected, (int)problem["status"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["title"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["detail"]));
        if (errorPath is not null)
        {
            Assert.True(problem["errors"]?[errorPath] is JsonArray { Count: > 0 }, $"{why}: no error at {errorPath} in {response.Body}");
        }

        // Anything the request set off has run to its end: the relay has let go of every event and the engine is idle.
        await host.Host.WaitUntilIdleAsync($"{why}: the host to be idle");
        Assert.Equal(storageBefore, await StorageSnapshot.TakeAsync(host.ConnectionString));
        Assert.Equal(ghaBefore, await host.WorkflowStateAsync("GHA"));
        Assert.Equal(criBefore, await host.WorkflowStateAsync("CRI"));
    }

    /// <summary>A complete risk assessment whose sharing members are <paramref name="sharing"/>, as raw JSON.</summary>
    private static string WithSharing(string sharing)
    {
        string json = System.Text.Json.JsonSerializer.Serialize(new RiskAssessmentBuilder().Build(), TestJson.Options);
        JsonObject content = JsonNode.Parse(json)!.AsObject();
        content.Remove("sharing");
        return content.ToJsonString(TestJson.Options)[..^1] + "," + sharing + "}";
    }

    [Theory(Timeout = 60_000)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    public async Task A_body_not_sent_as_json_is_415_and_changes_nothing(string contentType)
    {
        string before = await StorageSnapshot.TakeAsync(host.ConnectionString);
        string body = System.Text.Json.JsonSerializer.Serialize(new RiskAssessmentBuilder().Build(), TestJson.Options);

        ApiResponse response = await host.Host.Api.SendAsync(HttpMethod.Put, $"{Gha}/steps/risk-assessment/draft", body, GhaFocalPoint, contentType: contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Equal(415, (int)response.Json!["status"]!);
        await host.Host.WaitUntilIdleAsync("the host to be idle");
        Assert.Equal(before, await StorageSnapshot.TakeAsync(host.ConnectionString));
    }

    [Fact(Timeout = 60_000)]
    public async Task Repeating_the_same_cycle_request_is_harmless()
    {
        string before = await StorageSnapshot.TakeAsync(host.ConnectionString);
        ApiResponse again = await host.Network.OpenCycleAsync(StrategyHostFixture.Cycle, ["GHA", "CRI"], NetworkScenario.SlowSchedule);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        await host.Host.WaitUntilIdleAsync("the host to be idle");
        Assert.Equal(before, await StorageSnapshot.TakeAsync(host.ConnectionString));
    }
}
