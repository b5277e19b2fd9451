using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FocalPoints.Domain.Strategies;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;

namespace FocalPoints.SelfHost.Tests.Api;

/// <summary>
/// A cycle for Côte d'Ivoire (submitted), Türkiye (cancelled), Ghana (registered under a name that
/// looks like a spreadsheet formula) and Denmark (open).
/// </summary>
public sealed class ProgressHostFixture : HostFixture
{
    public const string Cycle = "progress";

    protected override async Task SeedAsync()
    {
        await Network.RegisterAsync("CIV", "TUR", "GHA", "DNK");
        NetworkScenario.Ensure(await Host.Api.PutAsync("/api/network/members/GHA", new
        {
            name = "=HYPERLINK(\"http://evil.example\",\"Ghana\")",
            regionalGroup = "africanStates",
            focalPoints = new[] { new { name = "Focal point", email = Principals.FocalPointEmail("GHA"), language = "en", timeZone = "Africa/Accra" } },
        }, NetworkScenario.Coordinator), HttpStatusCode.OK);
        NetworkScenario.Ensure(await Network.OpenCycleAsync(Cycle, ["CIV", "TUR", "GHA", "DNK"], NetworkScenario.SlowSchedule), HttpStatusCode.Accepted);
        foreach (string country in new[] { "CIV", "TUR", "GHA", "DNK" })
        {
            await Network.WaitForOpenAsync(Cycle, country, StrategyStep.RiskAssessment);
        }

        NetworkScenario.Ensure(await Network.SubmitAsync(Cycle, "CIV", StrategyStep.RiskAssessment, new RiskAssessmentBuilder().Build()), HttpStatusCode.Accepted);
        NetworkScenario.Ensure(await Host.Api.DeleteAsync($"/api/cycles/{Cycle}/countries/TUR", NetworkScenario.Coordinator), HttpStatusCode.Accepted);
        await Network.WaitForOutboxAsync(Cycle, m => NetworkScenario.Has(m, "CIV", "submissionReceived"), "CIV's receipt");
    }
}

public sealed class ProgressViewTests(ProgressHostFixture host) : IClassFixture<ProgressHostFixture>
{
    private const string Cycle = ProgressHostFixture.Cycle;

    private async Task<JsonNode> ViewAsync(string query = "") =>
        NetworkScenario.Ensure(await host.Host.Api.GetAsync($"/api/cycles/{Cycle}{query}", NetworkScenario.Coordinator), HttpStatusCode.OK).Json!;

    private static string[] Countries(JsonNode view) => view["countries"]!.AsArray().Select(c => (string)c!["country"]!).ToArray();

    [Fact(Timeout = 60_000)]
    public async Task Network_view_has_names_groups_funnel_and_totals()
    {
        JsonNode view = await ViewAsync();

        Assert.Equal(["CIV", "DNK", "GHA", "TUR"], Countries(view));
        JsonNode civ = view["countries"]![0]!;
        Assert.Equal("Côte d'Ivoire", (string?)civ["name"]);
        Assert.Equal("africanStates", (string?)civ["regionalGroup"]);
        Assert.Equal("submitted", (string?)civ["stepStatus"]);
        Assert.Equal(0, (int)civ["daysOverdue"]!);
        JsonNode risk = view["funnel"]![0]!;
        Assert.Equal("riskAssessment", (string?)risk["step"]);
        Assert.Equal(3, (int)risk["open"]!);
        Assert.Equal(1, (int)risk["submitted"]!);
        Assert.Equal(4, (int)view["funnel"]![1]!["notStarted"]!);
        Assert.Equal(1, (int)view["totals"]!["cancelled"]!);
        Assert.Equal(3, (int)view["totals"]!["inProgress"]!);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("?regionalGroup=africanStates", new[] { "CIV", "GHA" })]
    [InlineData("?regionalGroup=westernEuropeanAndOtherStates", new[] { "DNK", "TUR" })]
    [InlineData("?status=submitted", new[] { "CIV" })]
    [InlineData("?status=cancelled", new[] { "TUR" })]
    [InlineData("?status=inProgress&regionalGroup=westernEuropeanAndOtherStates", new[] { "DNK" })]
    [InlineData("?overdue=true", new string[0])]
    public async Task Filters_narrow_the_view(string query, string[] expected) =>
        Assert.Equal(expected, Countries(await ViewAsync(query)));

    [Theory(Timeout = 60_000)]
    [InlineData("?regionalGroup=europe", "regionalGroup")]
    [InlineData("?status=late", "status")]
    [InlineData("?overdue=maybe", "overdue")]
    public async Task Unknown_filter_values_are_400(string query, string parameter)
    {
        ApiResponse response = await host.Host.Api.GetAsync($"/api/cycles/{Cycle}{query}", NetworkScenario.Coordinator);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.NotNull(response.Json!["errors"]![parameter]);
    }

    [Fact(Timeout = 60_000)]
    public async Task Csv_opens_in_a_spreadsheet_with_names_intact_and_formulas_neutralised()
    {
        using var http = new HttpClient { BaseAddress = host.Host.App.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/cycles/{Cycle}/progress.csv");
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", NetworkScenario.Coordinator);
        using HttpResponseMessage response = await http.SendAsync(request);
        byte[] bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        string[] lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("country,name,regionalGroup,currentStep,status,dueUtc,daysOverdue,lastActivityUtc,stepStatus", lines[0]);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("CIV,Côte d'Ivoire,africanStates,riskAssessment,inProgress,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("TUR,Türkiye,westernEuropeanAndOtherStates,", lines[4], StringComparison.Ordinal);
        string ghana = lines.Single(l => l.StartsWith("GHA,", StringComparison.Ordinal));
        Assert.StartsWith("GHA,\"'=HYPERLINK(", ghana, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Csv_takes_the_same_filters()
    {
        ApiResponse csv = await host.Host.Api.GetAsync($"/api/cycles/{Cycle}/progress.csv?status=cancelled", NetworkScenario.Coordinator);
        string[] lines = csv.Body.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("TUR,", lines[1], StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Timeline_shows_who_did_what_and_when_oldest_first()
    {
        string focalPoint = Principals.FocalPoint(Principals.FocalPointEmail("CIV"));
        ApiResponse response = await host.Host.Api.GetAsync($"/api/cycles/{Cycle}/countries/CIV/timeline", focalPoint);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        JsonNode[] events = response.Json!["events"]!.AsArray().Select(e => e!).ToArray();

        Assert.Equal(["cycleOpened", "stepOpened", "submission", "submissionReceived"], events.Select(e => (string)e["kind"]!));
        JsonNode submission = events[2];
        Assert.Equal(Principals.FocalPointEmail("CIV"), (string?)submission["actor"]);
        Assert.Equal("riskAssessment", (string?)submission["step"]);
        Assert.Equal("version 1", (string?)submission["detail"]);
        Assert.Equal(events.Select(e => (DateTime)e["atUtc"]!).Order(), events.Select(e => (DateTime)e["atUtc"]!));

        JsonNode[] cancelled = NetworkScenario.Ensure(await host.Host.Api.GetAsync($"/api/cycles/{Cycle}/countries/TUR/timeline", NetworkScenario.Coordinator), HttpStatusCode.OK)
            .Json!["events"]!.AsArray().Select(e => e!).ToArray();
        Assert.Equal(Principals.CoordinatorEmail, (string?)cancelled.Single(e => (string?)e["kind"] == "cancelled")["actor"]);
    }

    [Fact(Timeout = 60_000)]
    public async Task Timeline_names_for_a_focal_point_only_the_people_it_may_see_and_counts_the_coordinators()
    {
        ApiResponse own = await host.Host.Api.GetAsync($"/api/cycles/{Cycle}/countries/CIV/timeline", Principals.FocalPoint(Principals.FocalPointEmail("CIV")));
        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.DoesNotContain(Principals.CoordinatorEmail, own.Body, StringComparison.OrdinalIgnoreCase);
        JsonNode received = own.Json!["events"]!.AsArray().Single(e => (string?)e!["kind"] == "submissionReceived")!;
        Assert.Equal($"to {Principals.FocalPointEmail("CIV")} and 1 coordinator", (string?)received["detail"]);
        Assert.Equal(Principals.FocalPointEmail("CIV"), (string?)received["to"]!["named"]!.AsArray().Single());
        Assert.Equal((1, 0), ((int)received["to"]!["coordinators"]!, (int)received["to"]!["others"]!));

        ApiResponse cancelled = await host.Host.Api.GetAsync($"/api/cycles/{Cycle}/countries/TUR/timeline", Principals.FocalPoint(Principals.FocalPointEmail("TUR")));
        Assert.DoesNotContain(Principals.CoordinatorEmail, cancelled.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("coordinator", (string?)cancelled.Json!["events"]!.AsArray().Single(e => (string?)e!["kind"] == "cancelled")!["actor"]);

        JsonNode coordinators = NetworkScenario.Ensure(await host.Host.Api.GetAsync($"/api/cycles/{Cycle}/countries/CIV/timeline", NetworkScenario.Coordinator), HttpStatusCode.OK).Json!;
        Assert.Equal(
            $"to {Principals.FocalPointEmail("CIV")}, {Principals.CoordinatorEmail}",
            (string?)coordinators["events"]!.AsArray().Single(e => (string?)e!["kind"] == "submissionReceived")!["detail"]);
    }

    [Fact(Timeout = 60_000)]
    public async Task Another_countrys_focal_point_cannot_read_the_timeline_or_the_csv()
    {
        string ghana = Principals.FocalPoint(Principals.FocalPointEmail("GHA"));
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Host.Api.GetAsync($"/api/cycles/{Cycle}/countries/CIV/timeline", ghana)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Host.Api.GetAsync($"/api/cycles/{Cycle}/progress.csv", ghana)).Status);
    }

    [Fact(Timeout = 60_000)]
    public async Task Country_summary_is_served_as_html_or_markdown_to_the_country_and_coordinators()
    {
        ApiResponse markdown = await host.Host.Api.GetAsync($"/api/cycles/{Cycle}/countries/CIV/summary?format=markdown", NetworkScenario.Coordinator);
        Assert.Equal(HttpStatusCode.OK, markdown.Status);
        Assert.Equal("text/markdown", markdown.ContentType);
        Assert.StartsWith("# Côte d'Ivoire — national strategy, Cycle progress", markdown.Body, StringComparison.Ordinal);
        Assert.Contains("| Risk assessment | Not approved yet. |", markdown.Body, StringComparison.Ordinal);

        ApiResponse html = await host.Host.Api.GetAsync($"/api/cycles/{Cycle}/countries/CIV/summary", Principals.FocalPoint(Principals.FocalPointEmail("CIV")));
        Assert.Equal(HttpStatusCode.OK, html.Status);
        Assert.Equal("text/html", html.ContentType);
        Assert.Contains("<h2>Coverage of the four elements</h2>", html.Body, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await host.Host.Api.GetAsync($"/api/cycles/{Cycle}/countries/CIV/summary", Principals.FocalPoint(Principals.FocalPointEmail("GHA")))).Status);
    }
}
