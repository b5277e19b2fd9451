using System.Net;
using System.Text.Json.Nodes;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;

namespace FocalPoints.SelfHost.Tests.Api;

/// <summary>
/// Cycle <c>pt1</c> (Ghana, Denmark), then cycle <c>pt2</c> (Costa Rica). One person is a focal
/// point of both Ghana and Denmark. Ghana's risk assessment was returned once (version 1, RF2 high)
/// and approved as version 2 (RF2 severe), shared with the network; its action prioritisation is
/// approved but confidential. Session A reviews Ghana (reviewer A), session B Denmark (reviewer B).
/// </summary>
public sealed class PortalRoutesHostFixture : HostFixture
{
    public const string TwoCountries = "two.countries@example.org";
    public const string ReviewerA = "reviewer.a@peer.example";
    public const string ReviewerB = "reviewer.b@peer.example";
    public const string ConfidentialMarker = "Confidential marker action";

    public string SessionA { get; private set; } = string.Empty;

    public string SessionB { get; private set; } = string.Empty;

    protected override async Task SeedAsync()
    {
        await Network.RegisterAsync("GHA", "DNK", "CRI");
        foreach ((string iso3, string name) in new[] { ("GHA", "Ghana"), ("DNK", "Denmark") })
        {
            // Registered in capitals: the directory matches e-mails case-insensitively.
            NetworkScenario.Ensure(await Network.Api.PutAsync($"/api/network/members/{iso3}", new
            {
                name,
                regionalGroup = iso3 == "GHA" ? "africanStates" : "westernEuropeanAndOtherStates",
                focalPoints = new[]
                {
                    new { name = $"Focal point of {iso3}", email = Principals.FocalPointEmail(iso3), language = "en", timeZone = "Africa/Accra" },
                    new { name = "Focal point of two", email = TwoCountries.ToUpperInvariant(), language = "en", timeZone = "Europe/Copenhagen" },
                },
            }, NetworkScenario.Coordinator), HttpStatusCode.OK);
        }

        NetworkScenario.Ensure(await Network.OpenCycleAsync("pt1", ["GHA", "DNK"], NetworkScenario.SlowSchedule), HttpStatusCode.Accepted);
        await Network.WaitForOpenAsync("pt1", "GHA", StrategyStep.RiskAssessment);
        NetworkScenario.Ensure(await Network.OpenCycleAsync("pt2", ["CRI"], NetworkScenario.SlowSchedule), HttpStatusCode.Accepted);

        NetworkScenario.Ensure(await Network.SubmitAsync("pt1", "GHA", StrategyStep.RiskAssessment,
            new RiskAssessmentBuilder().WithFactor("RF2", RiskRating.High).SharedAs(Sharing.Network).Build()), HttpStatusCode.Accepted);
        NetworkScenario.Ensure(await Network.ReviewAsync("pt1", "GHA", StrategyStep.RiskAssessment, ReviewDecision.Return, "Say more about RF2."), HttpStatusCode.Accepted);
        await Network.CompleteStepAsync("pt1", "GHA", StrategyStep.RiskAssessment,
            new RiskAssessmentBuilder().WithFactor("RF2", RiskRating.Severe, Trend.Worsening).SharedAs(Sharing.Network).Build());
        await Network.CompleteStepAsync("pt1", "GHA", StrategyStep.ActionPrioritisation,
            new ActionPrioritisationBuilder().WithAction(ConfidentialMarker, "R3", 1, ["RF2"]).Build() with { Sharing = Sharing.Confidential });
        await Network.WaitForOpenAsync("pt1", "GHA", StrategyStep.OfficialTraining);

        SessionA = await ScheduleAsync("Session A", "2027-09-15", "GHA", ReviewerA);
        SessionB = await ScheduleAsync("Session B", "2027-10-20", "DNK", ReviewerB);
    }

    private async Task<string> ScheduleAsync(string title, string date, string country, string reviewer)
    {
        ApiResponse created = NetworkScenario.Ensure(await Network.Api.PostAsync("/api/peer-reviews", new
        {
            title,
            date,
            cycleId = "pt1",
            countries = new[] { country },
            regionalGroup = (string?)null,
            reviewers = new[] { reviewer },
        }, NetworkScenario.Coordinator), HttpStatusCode.Created);
        return (string)created.Json!["sessionId"]!;
    }
}

public sealed class PortalRoutesTests(PortalRoutesHostFixture host) : IClassFixture<PortalRoutesHostFixture>
{
    private static readonly string TwoCountries = Principals.FocalPoint(PortalRoutesHostFixture.TwoCountries);
    private static readonly string ReviewerA = Principals.Header(PortalRoutesHostFixture.ReviewerA, "PeerReviewer");
    private static readonly string CostaRica = Principals.FocalPoint(Principals.FocalPointEmail("CRI"));
    private static readonly string Ghana = Principals.FocalPoint(Principals.FocalPointEmail("GHA"));

    private ApiClient Api => host.Host.Api;

    private async Task<JsonNode> OkAsync(string path, string? principal)
    {
        ApiResponse response = await Api.GetAsync(path, principal);
        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        return response.Json!;
    }

    private static string[] Strings(JsonNode? array) => array!.AsArray().Select(n => (string)n!).ToArray();

    [Fact(Timeout = 60_000)]
    public async Task Me_for_a_coordinator_has_the_role_and_no_countries_or_sessions_of_their_own()
    {
        JsonNode me = await OkAsync("/api/me", NetworkScenario.Coordinator);

        Assert.Equal(Principals.CoordinatorEmail, (string?)me["email"]);
        Assert.Equal(["Coordinator"], Strings(me["roles"]));
        Assert.Empty(me["countries"]!.AsArray());
        Assert.Empty(me["peerReviews"]!.AsArray());
        // The self-host runs in Development, where it serves the outbox: the portal may link it.
        Assert.True((bool)me["developmentOutbox"]!);
    }

    [Fact(Timeout = 60_000)]
    public async Task Api_responses_are_never_stored_not_a_step_document_a_summary_or_a_401()
    {
        ApiResponse step = await Api.GetAsync("/api/cycles/pt1/countries/GHA/steps/risk-assessment", Ghana);
        ApiResponse summary = await Api.GetAsync("/api/cycles/pt1/countries/GHA/summary", NetworkScenario.Coordinator);
        ApiResponse anonymous = await Api.GetAsync("/api/me", principal: null);

        Assert.Equal(HttpStatusCode.OK, step.Status);
        Assert.Equal(HttpStatusCode.OK, summary.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        foreach (ApiResponse response in new[] { step, summary, anonymous })
        {
            Assert.True(response.Headers.CacheControl?.NoStore, response.ToString());
            Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task Me_for_a_focal_point_of_two_countries_lists_both_and_their_sessions()
    {
        JsonNode me = await OkAsync("/api/me", TwoCountries);

        Assert.Equal(["FocalPoint"], Strings(me["roles"]));
        Assert.Equal(
            [("DNK", "Denmark"), ("GHA", "Ghana")],
            me["countries"]!.AsArray().Select(c => ((string)c!["country"]!, (string)c["name"]!)));
        Assert.Equal([host.SessionB, host.SessionA], me["peerReviews"]!.AsArray().Select(s => (string)s!["sessionId"]!));
    }

    [Fact(Timeout = 60_000)]
    public async Task Me_for_a_peer_reviewer_lists_the_session_they_review()
    {
        JsonNode me = await OkAsync("/api/me", ReviewerA);

        Assert.Equal(["PeerReviewer"], Strings(me["roles"]));
        Assert.Empty(me["countries"]!.AsArray());
        JsonNode session = Assert.Single(me["peerReviews"]!.AsArray())!;
        Assert.Equal(host.SessionA, (string?)session["sessionId"]);
        Assert.Equal("Session A", (string?)session["title"]);
        Assert.Equal("2027-09-15", (string?)session["date"]);
    }

    [Fact(Timeout = 60_000)]
    public async Task Me_without_a_principal_is_401()
    {
        ApiResponse response = await Api.GetAsync("/api/me", principal: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
    }

    [Fact(Timeout = 60_000)]
    public async Task Cycles_are_all_for_coordinators_and_only_their_countries_for_focal_points()
    {
        JsonArray all = (await OkAsync("/api/cycles", NetworkScenario.Coordinator))["cycles"]!.AsArray();
        Assert.Equal(["pt2", "pt1"], all.Select(c => (string)c!["cycleId"]!));
        Assert.Equal("Cycle pt1", (string?)all[1]!["title"]);
        Assert.Equal(2, (int)all[1]!["countryCount"]!);
        Assert.NotNull((string?)all[1]!["createdUtc"]);
        Assert.All(all, c => Assert.Empty(c!["myCountries"]!.AsArray()));

        JsonNode mine = Assert.Single((await OkAsync("/api/cycles", TwoCountries))["cycles"]!.AsArray())!;
        Assert.Equal("pt1", (string?)mine["cycleId"]);
        Assert.Equal(["DNK", "GHA"], Strings(mine["myCountries"]));

        JsonNode costaRica = Assert.Single((await OkAsync("/api/cycles", CostaRica))["cycles"]!.AsArray())!;
        Assert.Equal(["CRI"], Strings(costaRica["myCountries"]));

        Assert.Empty((await OkAsync("/api/cycles", ReviewerA))["cycles"]!.AsArray());
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.GetAsync("/api/cycles", principal: null)).Status);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_submitted_version_is_read_by_number_so_two_can_be_compared()
    {
        const string path = "/api/cycles/pt1/countries/GHA/steps/risk-assessment/versions";

        JsonNode first = await OkAsync($"{path}/1", Ghana);
        JsonNode second = await OkAsync($"{path}/2", NetworkScenario.Coordinator);

        Assert.Equal(1, (int)first["version"]!);
        Assert.Equal(2, (int)second["version"]!);
        Assert.Equal(Principals.FocalPointEmail("GHA"), (string?)first["submittedBy"]);
        Assert.True(DateTime.Parse((string)first["submittedUtc"]!, System.Globalization.CultureInfo.InvariantCulture) <= DateTime.Parse((string)second["submittedUtc"]!, System.Globalization.CultureInfo.InvariantCulture));
        string Rf2(JsonNode v) => (string)v["content"]!["riskFactors"]!.AsArray().Single(f => (string?)f!["id"] == "RF2")!["rating"]!;
        Assert.Equal("high", Rf2(first));
        Assert.Equal("severe", Rf2(second));
    }

    [Theory(Timeout = 60_000)]
    [InlineData("3", HttpStatusCode.NotFound)]
    [InlineData("0", HttpStatusCode.BadRequest)]
    [InlineData("-1", HttpStatusCode.BadRequest)]
    [InlineData("two", HttpStatusCode.BadRequest)]
    public async Task A_version_that_is_not_there_is_404_and_one_that_is_no_number_400(string version, HttpStatusCode expected)
    {
        ApiResponse response = await Api.GetAsync($"/api/cycles/pt1/countries/GHA/steps/risk-assessment/versions/{version}", NetworkScenario.Coordinator);

        Assert.Equal(expected, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_version_is_not_shown_to_another_countrys_focal_point()
    {
        ApiResponse response = await Api.GetAsync("/api/cycles/pt1/countries/GHA/steps/risk-assessment/versions/1", Principals.FocalPoint(Principals.FocalPointEmail("DNK")));

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
    }

    [Fact(Timeout = 60_000)]
    public async Task Peer_reviews_are_all_for_coordinators_and_those_taken_part_in_for_others()
    {
        JsonArray all = (await OkAsync("/api/peer-reviews", NetworkScenario.Coordinator))["sessions"]!.AsArray();
        Assert.Equal([host.SessionB, host.SessionA], all.Select(s => (string)s!["sessionId"]!));
        Assert.Equal("pt1", (string?)all[1]!["cycleId"]);
        Assert.Equal(["GHA"], Strings(all[1]!["countries"]));
        Assert.Equal("Session A", (string?)all[1]!["title"]);
        Assert.Equal("2027-09-15", (string?)all[1]!["date"]);

        Assert.Equal([host.SessionA], (await OkAsync("/api/peer-reviews", ReviewerA))["sessions"]!.AsArray().Select(s => (string)s!["sessionId"]!));
        Assert.Equal([host.SessionA], (await OkAsync("/api/peer-reviews", Ghana))["sessions"]!.AsArray().Select(s => (string)s!["sessionId"]!));
        Assert.Equal(2, (await OkAsync("/api/peer-reviews", TwoCountries))["sessions"]!.AsArray().Count);
        Assert.Empty((await OkAsync("/api/peer-reviews", CostaRica))["sessions"]!.AsArray());
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.GetAsync("/api/peer-reviews", principal: null)).Status);
    }

    [Fact(Timeout = 60_000)]
    public async Task The_peer_review_country_summary_shows_shared_steps_only_even_to_coordinators()
    {
        string path = $"/api/peer-reviews/{host.SessionA}/countries/GHA/summary";

        foreach (string reader in new[] { ReviewerA, NetworkScenario.Coordinator, TwoCountries })
        {
            ApiResponse markdown = await Api.GetAsync($"{path}?format=markdown", reader);
            Assert.Equal(HttpStatusCode.OK, markdown.Status);
            Assert.Equal("text/markdown", markdown.ContentType);
            Assert.Contains("| RF2 ", markdown.Body, StringComparison.Ordinal);
            Assert.Contains("severe", markdown.Body, StringComparison.Ordinal);
            Assert.DoesNotContain(PortalRoutesHostFixture.ConfidentialMarker, markdown.Body, StringComparison.Ordinal);
        }

        // The coordinators' own edition of the same country does hold the confidential step.
        ApiResponse internalEdition = await Api.GetAsync("/api/cycles/pt1/countries/GHA/summary?format=markdown", NetworkScenario.Coordinator);
        Assert.Contains(PortalRoutesHostFixture.ConfidentialMarker, internalEdition.Body, StringComparison.Ordinal);

        ApiResponse html = await Api.GetAsync(path, ReviewerA);
        Assert.Equal("text/html", html.ContentType);
        Assert.Contains("<html", html.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(PortalRoutesHostFixture.ConfidentialMarker, html.Body, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task The_peer_review_country_summary_is_403_to_outsiders_and_404_outside_the_cohort()
    {
        string path = $"/api/peer-reviews/{host.SessionA}/countries/GHA/summary";

        Assert.Equal(HttpStatusCode.Forbidden, (await Api.GetAsync(path, CostaRica)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.GetAsync(path, Principals.Header(PortalRoutesHostFixture.ReviewerB, "PeerReviewer"))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.GetAsync(path, principal: null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.GetAsync($"/api/peer-reviews/{host.SessionA}/countries/DNK/summary", NetworkScenario.Coordinator)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.GetAsync($"/api/peer-reviews/{host.SessionA}/countries/DNK/summary", ReviewerA)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.GetAsync("/api/peer-reviews/pr-nosuchsession/countries/GHA/summary", ReviewerA)).Status);
    }
}
