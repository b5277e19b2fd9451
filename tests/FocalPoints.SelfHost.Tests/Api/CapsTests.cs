using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FocalPoints.Domain.Validation;
using FocalPoints.Testing;
using FocalPoints.Testing.Hosts;

namespace FocalPoints.SelfHost.Tests.Api;

/// <summary>
/// The caps of <see cref="ContentLimits"/> over HTTP: a list past its cap is a 400 validation
/// problem at the list's path naming the cap, and nothing is stored (the application's tables and
/// the workflows' durable state are the same before and after); what is stored has no null written.
/// </summary>
public sealed class CapsTests(StrategyHostFixture host) : IClassFixture<StrategyHostFixture>
{
    private const string Gha = $"/api/cycles/{StrategyHostFixture.Cycle}/countries/GHA";
    private const string Cri = $"/api/cycles/{StrategyHostFixture.Cycle}/countries/CRI";
    private static readonly string Coordinator = NetworkScenario.Coordinator;

    private static object[] People(int count, string domain) =>
        Enumerable.Range(1, count).Select(object (i) => new { name = $"Person {i}", email = $"p{i}@{domain}", language = "en", timeZone = "Africa/Accra" }).ToArray();

    public static TheoryData<string, string, string, string, string, string, int> Cases() => new()
    {
        {
            "a draft of 87,368 empty actions (256 KiB)", "PUT", $"{Gha}/steps/action-prioritisation/draft",
            "{\"actions\":[" + string.Join(',', Enumerable.Repeat("{}", 87_368)) + "]}", Principals.FocalPoint(Principals.FocalPointEmail("GHA")), "$.actions", ContentLimits.Actions
        },
        {
            "a session of 3,000 reviewers", "POST", "/api/peer-reviews",
            System.Text.Json.JsonSerializer.Serialize(new { title = "T", date = "2027-09-15", cycleId = StrategyHostFixture.Cycle, countries = new[] { "GHA" }, reviewers = Enumerable.Range(1, 3000).Select(i => $"r{i}@peer.example").ToArray() }, TestJson.Options),
            Coordinator, "$.reviewers", ContentLimits.Reviewers
        },
        {
            "a member with too many focal points", "PUT", "/api/network/members/GHA",
            System.Text.Json.JsonSerializer.Serialize(new { name = "Ghana", regionalGroup = "africanStates", focalPoints = People(ContentLimits.FocalPointsPerMember + 1, "gh.example") }, TestJson.Options),
            Coordinator, "$.focalPoints", ContentLimits.FocalPointsPerMember
        },
        {
            "too many coordinators", "PUT", "/api/network/coordinators",
            System.Text.Json.JsonSerializer.Serialize(new { coordinators = People(ContentLimits.Coordinators + 1, "un.example") }, TestJson.Options),
            Coordinator, "$.coordinators", ContentLimits.Coordinators
        },
        {
            "a cycle of 2,000 countries", "POST", "/api/cycles",
            System.Text.Json.JsonSerializer.Serialize(new { cycleId = "huge", title = "T", countries = Enumerable.Repeat("GHA", 2000).ToArray(), schedule = NetworkScenario.SlowSchedule }, TestJson.Options),
            Coordinator, "$.countries", ContentLimits.CycleCountries
        },
    };

    [Theory(Timeout = 120_000)]
    [MemberData(nameof(Cases))]
    public async Task A_list_past_its_cap_is_400_naming_the_list_and_the_cap_and_changes_nothing(string why, string method, string path, string body, string principal, string list, int cap)
    {
        Assert.True(Encoding.UTF8.GetByteCount(body) <= TextLimits.MaxBodyBytes, $"{why}: the body must fit the API's limit");
        string storageBefore = await StorageSnapshot.TakeAsync(host.ConnectionString);
        string ghaBefore = await host.WorkflowStateAsync("GHA");

        ApiResponse response = await host.Host.Api.SendAsync(new HttpMethod(method), path, body, principal);

        Assert.True(response.Status == HttpStatusCode.BadRequest, $"{why}: expected 400, got {(int)response.Status} {response.Body[..Math.Min(500, response.Body.Length)]}");
        Assert.Equal("application/problem+json", response.ContentType);
        JsonObject errors = response.Json!["errors"]!.AsObject();
        JsonNode message = Assert.Single(Assert.Single(errors, e => e.Key == list).Value!.AsArray())!;
        Assert.Contains($"At most {cap} ", (string)message!, StringComparison.Ordinal);
        Assert.Single(errors);
        Assert.True(response.Body.Length < 2000, $"{why}: the problem is short, not one error per entry ({response.Body.Length} characters)");

        await host.Host.WaitUntilIdleAsync($"{why}: the host to be idle");
        Assert.Equal(storageBefore, await StorageSnapshot.TakeAsync(host.ConnectionString));
        Assert.Equal(ghaBefore, await host.WorkflowStateAsync("GHA"));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_draft_is_stored_and_read_back_without_nulls()
    {
        string principal = Principals.FocalPoint(Principals.FocalPointEmail("CRI"));
        const string Draft = "{\"actions\":[{\"title\":\"T\",\"scope\":null,\"restraint\":null,\"riskFactors\":null,\"leadInstitution\":null,\"start\":null,\"end\":null,\"priority\":null},{}],\"sharing\":null}";

        ApiResponse saved = await host.Host.Api.SendAsync(HttpMethod.Put, $"{Cri}/steps/action-prioritisation/draft", Draft, principal);
        ApiResponse read = await host.Host.Api.GetAsync($"{Cri}/steps/action-prioritisation", principal);

        Assert.True(saved.Status == HttpStatusCode.OK, saved.ToString());
        Assert.Equal("{\"actions\":[{\"title\":\"T\"},{}]}", saved.Body);
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.DoesNotContain("null", read.Body, StringComparison.Ordinal);
        Assert.Equal("{\"actions\":[{\"title\":\"T\"},{}]}", read.Json!["draft"]!.ToJsonString());
    }
}
