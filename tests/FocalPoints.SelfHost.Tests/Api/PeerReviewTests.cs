using System.Net;
using System.Text.Json.Nodes;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Testing;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;
using FocalPoints.Workflow;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoints.SelfHost.Tests.Api;

/// <summary>
/// Cycle <c>pr1</c>: Ghana and Denmark have approved risk assessments — Ghana's confidential (RF9
/// severe), Denmark's shared with the network (RF1 high). Costa Rica is registered but not reviewed.
/// </summary>
public sealed class PeerReviewHostFixture : HostFixture
{
    protected override async Task SeedAsync()
    {
        await Network.RegisterAsync("GHA", "DNK", "CRI");
        NetworkScenario.Ensure(await Network.OpenCycleAsync("pr1", ["GHA", "DNK"], NetworkScenario.SlowSchedule), HttpStatusCode.Accepted);
        await Network.CompleteStepAsync("pr1", "GHA", StrategyStep.RiskAssessment,
            new RiskAssessmentBuilder().WithFactor("RF9", RiskRating.Severe, Trend.Worsening).SharedAs(Sharing.Confidential).Build());
        await Network.CompleteStepAsync("pr1", "DNK", StrategyStep.RiskAssessment,
            new RiskAssessmentBuilder().WithFactor("RF1", RiskRating.High, Trend.Stable).SharedAs(Sharing.Network).Build());
        foreach (string country in new[] { "GHA", "DNK" })
        {
            await Network.WaitForOpenAsync("pr1", country, StrategyStep.ActionPrioritisation);
        }
    }
}

public sealed class PeerReviewTests(PeerReviewHostFixture host) : IClassFixture<PeerReviewHostFixture>
{
    private const string Reviewer = "reviewer@peer.example";
    private static readonly string ReviewerPrincipal = Principals.Header(Reviewer, "PeerReviewer");

    private async Task<string> ScheduleAsync()
    {
        ApiResponse created = await host.Host.Api.PostAsync("/api/peer-reviews", new
        {
            title = "Troika review 2027",
            date = "2027-09-15",
            cycleId = "pr1",
            countries = new[] { "GHA", "DNK" },
            regionalGroup = (string?)null,
            reviewers = new[] { Reviewer },
        }, NetworkScenario.Coordinator);
        Assert.Equal(HttpStatusCode.Created, created.Status);
        string id = (string)created.Json!["sessionId"]!;
        Assert.Equal($"/api/peer-reviews/{id}", created.Headers.Location?.ToString());
        return id;
    }

    [Fact(Timeout = 120_000)]
    public async Task A_retried_schedule_with_its_idempotency_key_creates_one_session_and_invites_once()
    {
        var body = new { title = "Retried review", date = "2027-10-01", cycleId = "pr1", countries = new[] { "DNK" }, regionalGroup = (string?)null, reviewers = new[] { "retry@peer.example" } };
        string key = Guid.NewGuid().ToString("N");

        ApiResponse first = await host.Host.Api.PostAsync("/api/peer-reviews", body, NetworkScenario.Coordinator, key);
        ApiResponse again = await host.Host.Api.PostAsync("/api/peer-reviews", body, NetworkScenario.Coordinator, key);
        ApiResponse other = await host.Host.Api.PostAsync("/api/peer-reviews", body with { title = "Another review" }, NetworkScenario.Coordinator, key);

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.Created, again.Status);
        string id = (string)first.Json!["sessionId"]!;
        Assert.Equal(id, (string?)again.Json!["sessionId"]);
        Assert.Equal((string?)first.Json["createdUtc"], (string?)again.Json["createdUtc"]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.Status);
        Assert.Equal("application/problem+json", other.ContentType);

        JsonArray sessions = (JsonArray)(await host.Host.Api.GetAsync("/api/peer-reviews", NetworkScenario.Coordinator)).Json!["sessions"]!;
        Assert.Single(sessions, s => (string?)s!["title"] == "Retried review");
        bool Invitation(JsonNode? m) => ((string)m!["id"]!).StartsWith($"peerReview|{id}|", StringComparison.Ordinal);

        // The session's invitations workflow has ended: any invitation it (or a retry) would send, however late, is in the outbox by now.
        DurableTaskClient engine = host.Host.App.Services.GetRequiredService<DurableTaskClient>();
        string instanceId = WorkflowNames.PeerReviewInstanceId(id);
        await Eventually.WaitAsync(() => engine.GetInstanceAsync(instanceId), i => i is not null, TimeSpan.FromSeconds(60), "the invitations workflow to start");
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        OrchestrationMetadata invitations = await engine.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, patience.Token);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, invitations.RuntimeStatus);
        Assert.Equal(2, invitations.ReadOutputAs<int>());
        Assert.Equal(2, (await host.Network.OutboxAsync("pr1")).Count(Invitation));
    }

    [Fact(Timeout = 120_000)]
    public async Task Session_is_scheduled_participants_notified_and_reviewers_read_only_shared_content()
    {
        string id = await ScheduleAsync();

        bool Invitation(JsonNode? m) => ((string)m!["id"]!).StartsWith($"peerReview|{id}|", StringComparison.Ordinal);
        JsonArray outbox = await host.Network.WaitForOutboxAsync("pr1", m => m.Count(Invitation) == 3, "the invitations");
        Assert.Equal(
            [Principals.FocalPointEmail("DNK"), Principals.FocalPointEmail("GHA"), Reviewer],
            outbox.Where(Invitation).Select(m => (string)m!["to"]![0]!).Order());
        Assert.All(outbox.Where(Invitation), m => Assert.Equal("peerReviewScheduled", (string?)m!["moment"]));
        Assert.Contains($"/peer-reviews/{id}", (string)outbox.First(Invitation)!["text"]!, StringComparison.Ordinal);

        ApiResponse session = await host.Host.Api.GetAsync($"/api/peer-reviews/{id}", ReviewerPrincipal);
        Assert.Equal(HttpStatusCode.OK, session.Status);
        Assert.Equal(["GHA", "DNK"], session.Json!["session"]!["countries"]!.AsArray().Select(c => (string)c!));

        string forReviewer = (await host.Host.Api.GetAsync($"/api/peer-reviews/{id}/summary?format=markdown", ReviewerPrincipal)).Body;
        Assert.Contains("| | Ghana | Denmark |", forReviewer.Replace("| | Denmark | Ghana |", "| | Ghana | Denmark |", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("RF1 (high)", forReviewer, StringComparison.Ordinal);
        Assert.DoesNotContain("RF9", forReviewer, StringComparison.Ordinal);
        Assert.Contains("not shared", forReviewer, StringComparison.Ordinal);

        string forCoordinator = (await host.Host.Api.GetAsync($"/api/peer-reviews/{id}/summary?format=markdown&edition=internal", NetworkScenario.Coordinator)).Body;
        Assert.Contains("RF9 (severe)", forCoordinator, StringComparison.Ordinal);
        Assert.Contains("Coordinators' edition", forCoordinator, StringComparison.Ordinal);

        ApiResponse html = await host.Host.Api.GetAsync($"/api/peer-reviews/{id}/summary", ReviewerPrincipal);
        Assert.Equal("text/html", html.ContentType);
        Assert.Contains("<table class=\"comparison\">", html.Body, StringComparison.Ordinal);
        Assert.Equal(html.Body, (await host.Host.Api.GetAsync($"/api/peer-reviews/{id}/summary", ReviewerPrincipal)).Body);
    }

    [Fact(Timeout = 60_000)]
    public async Task The_coordinators_summary_is_the_shared_edition_unless_they_ask_for_the_internal_one()
    {
        string id = await ScheduleAsync();
        string path = $"/api/peer-reviews/{id}/summary?format=markdown";

        string shared = (await host.Host.Api.GetAsync(path, NetworkScenario.Coordinator)).Body;
        ApiResponse internalEdition = await host.Host.Api.GetAsync(path + "&edition=internal", NetworkScenario.Coordinator);

        Assert.Equal((await host.Host.Api.GetAsync(path, ReviewerPrincipal)).Body, shared);
        Assert.DoesNotContain("RF9", shared, StringComparison.Ordinal);
        Assert.Contains("Only what each country shares with the network.", shared, StringComparison.Ordinal);
        Assert.Contains("RF9 (severe)", internalEdition.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Host.Api.GetAsync(path + "&edition=internal", ReviewerPrincipal)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Host.Api.GetAsync(path + "&edition=internal", Principals.FocalPoint(Principals.FocalPointEmail("GHA")))).Status);
    }

    [Fact(Timeout = 120_000)]
    public async Task Who_answered_for_Ghana_is_named_only_to_its_focal_points_and_coordinators_and_reviewers_only_to_coordinators()
    {
        string id = await ScheduleAsync();
        string path = $"/api/peer-reviews/{id}";
        string ghanaEmail = Principals.FocalPointEmail("GHA");
        string ghana = Principals.FocalPoint(ghanaEmail);
        Assert.Equal(HttpStatusCode.OK, (await host.Host.Api.PutAsync($"{path}/responses/GHA", new { text = "Ghana will report in March." }, ghana)).Status);

        foreach (string outsider in new[] { Principals.FocalPoint(Principals.FocalPointEmail("DNK")), ReviewerPrincipal })
        {
            ApiResponse session = await host.Host.Api.GetAsync(path, outsider);
            Assert.Equal(HttpStatusCode.OK, session.Status);
            JsonNode response = session.Json!["responses"]!.AsArray().Single(r => (string?)r!["country"] == "GHA")!;
            Assert.Equal("Ghana will report in March.", (string?)response["text"]);
            Assert.Null(response["actor"]);
            Assert.Equal(1, (int)session.Json["session"]!["reviewerCount"]!);
            string[] seen =
            [
                session.Body,
                (await host.Host.Api.GetAsync("/api/peer-reviews", outsider)).Body,
                (await host.Host.Api.GetAsync($"{path}/summary", outsider)).Body,
                (await host.Host.Api.GetAsync($"{path}/summary?format=markdown", outsider)).Body,
                (await host.Host.Api.GetAsync($"{path}/countries/GHA/summary", outsider)).Body,
                (await host.Host.Api.GetAsync($"{path}/countries/DNK/summary?format=markdown", outsider)).Body,
            ];
            Assert.All(seen, body => Assert.DoesNotContain(ghanaEmail, body, StringComparison.OrdinalIgnoreCase));
            Assert.Contains("Ghana will report in March.", seen[3], StringComparison.Ordinal);
        }

        ApiResponse forDenmark = await host.Host.Api.GetAsync(path, Principals.FocalPoint(Principals.FocalPointEmail("DNK")));
        Assert.DoesNotContain(Reviewer, forDenmark.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal([Reviewer], (await host.Host.Api.GetAsync(path, ReviewerPrincipal)).Json!["session"]!["reviewers"]!.AsArray().Select(r => (string)r!));

        foreach (string insider in new[] { NetworkScenario.Coordinator, ghana })
        {
            JsonNode view = (await host.Host.Api.GetAsync(path, insider)).Json!;
            Assert.Equal(ghanaEmail, (string?)view["responses"]!.AsArray().Single(r => (string?)r!["country"] == "GHA")!["actor"]);
        }

        Assert.Equal([Reviewer], (await host.Host.Api.GetAsync(path, NetworkScenario.Coordinator)).Json!["session"]!["reviewers"]!.AsArray().Select(r => (string)r!));
    }

    [Fact(Timeout = 60_000)]
    public async Task Only_the_sessions_people_may_read_it()
    {
        string id = await ScheduleAsync();

        Assert.Equal(HttpStatusCode.OK, (await host.Host.Api.GetAsync($"/api/peer-reviews/{id}/summary", Principals.FocalPoint(Principals.FocalPointEmail("GHA")))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Host.Api.GetAsync($"/api/peer-reviews/{id}", Principals.Header("other@peer.example", "PeerReviewer"))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Host.Api.GetAsync($"/api/peer-reviews/{id}/summary", Principals.Header("other@peer.example", "PeerReviewer"))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Host.Api.GetAsync($"/api/peer-reviews/{id}", Principals.FocalPoint(Principals.FocalPointEmail("CRI")))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Host.Api.GetAsync("/api/peer-reviews/pr-doesnotexist", ReviewerPrincipal)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Host.Api.GetAsync($"/api/peer-reviews/{id}", principal: null)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Host.Api.PostAsync($"/api/peer-reviews/{id}/recommendations",
            new { country = "GHA", text = "x", status = "accepted", followUpBy = "2028-03-01" }, ReviewerPrincipal)).Status);
    }

    [Fact(Timeout = 120_000)]
    public async Task Recommendations_and_the_response_show_in_the_summary_and_the_next_cycle()
    {
        string id = await ScheduleAsync();
        string path = $"/api/peer-reviews/{id}";

        ApiResponse first = await host.Host.Api.PostAsync($"{path}/recommendations", new { country = "GHA", text = "Publish the early-warning indicators.", status = "accepted", followUpBy = "2028-03-01" }, NetworkScenario.Coordinator);
        ApiResponse second = await host.Host.Api.PostAsync($"{path}/recommendations", new { country = "GHA", text = "Train local mediators.", status = "noted", followUpBy = "2028-06-01" }, NetworkScenario.Coordinator);
        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal([1, 2], new[] { (int)first.Json!["number"]!, (int)second.Json!["number"]! });
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Host.Api.PostAsync($"{path}/recommendations", new { country = "CRI", text = "x", status = "accepted", followUpBy = "2028-03-01" }, NetworkScenario.Coordinator)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Host.Api.PostAsync($"{path}/recommendations", new { country = "GHA", text = "x", status = "rejected", followUpBy = "2028-03-01" }, NetworkScenario.Coordinator)).Status);

        string ghana = Principals.FocalPoint(Principals.FocalPointEmail("GHA"));
        Assert.Equal(HttpStatusCode.OK, (await host.Host.Api.PutAsync($"{path}/responses/GHA", new { text = "Ghana accepts the first and will report in March." }, ghana)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Host.Api.PutAsync($"{path}/responses/GHA", new { text = "No." }, Principals.FocalPoint(Principals.FocalPointEmail("DNK")))).Status);

        string summary = (await host.Host.Api.GetAsync($"{path}/summary?format=markdown", ReviewerPrincipal)).Body;
        Assert.Contains("1. \u2068Publish the early-warning indicators.\u2069 — accepted, follow-up by 1 March 2028", summary, StringComparison.Ordinal);
        Assert.Contains("2. \u2068Train local mediators.\u2069 — noted, follow-up by 1 June 2028", summary, StringComparison.Ordinal);
        Assert.Contains("Response of the country: \u2068Ghana accepts the first and will report in March.\u2069", summary, StringComparison.Ordinal);

        NetworkScenario.Ensure(await host.Network.OpenCycleAsync("pr2", ["GHA"], NetworkScenario.SlowSchedule), HttpStatusCode.Accepted);
        JsonNode next = await host.Network.StrategyAsync("pr2", "GHA");
        JsonArray recommendations = next["peerReviewFollowUps"]!["recommendations"]!.AsArray();
        Assert.Contains(recommendations, r => (string?)r!["text"] == "Publish the early-warning indicators." && (string?)r["followUpBy"] == "2028-03-01");
        Assert.Contains(next["peerReviewFollowUps"]!["responses"]!.AsArray(), r => (string?)r!["text"] == "Ghana accepts the first and will report in March.");
        Assert.Empty((await host.Network.StrategyAsync("pr1", "GHA"))["peerReviewFollowUps"]!["recommendations"]!.AsArray());
    }

    [Fact(Timeout = 60_000)]
    public async Task Ghanas_focal_point_declares_a_recommendations_progress_and_no_one_else_does()
    {
        string id = await ScheduleAsync();
        string path = $"/api/peer-reviews/{id}";
        Assert.Equal(HttpStatusCode.Created, (await host.Host.Api.PostAsync($"{path}/recommendations", new { country = "GHA", text = "Publish the indicators.", status = "accepted", followUpBy = "2028-03-01" }, NetworkScenario.Coordinator)).Status);
        string ghana = Principals.FocalPoint(Principals.FocalPointEmail("GHA"));
        string progress = $"{path}/recommendations/GHA/1/progress";

        ApiResponse declared = await host.Host.Api.PutAsync(progress, new { progress = "inProgress", note = "Drafted." }, ghana);
        Assert.Equal(HttpStatusCode.OK, declared.Status);
        Assert.Equal(("inProgress", "Drafted."), ((string?)declared.Json!["progress"]!["progress"], (string?)declared.Json["progress"]!["note"]));
        Assert.Equal(HttpStatusCode.OK, (await host.Host.Api.PutAsync(progress, new { progress = "done" }, ghana)).Status);

        Assert.Equal(HttpStatusCode.Forbidden, (await host.Host.Api.PutAsync(progress, new { progress = "notStarted" }, Principals.FocalPoint(Principals.FocalPointEmail("DNK")))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Host.Api.PutAsync(progress, new { progress = "notStarted" }, NetworkScenario.Coordinator)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Host.Api.PutAsync(progress, new { progress = "notStarted" }, ReviewerPrincipal)).Status);
        ApiResponse missing = await host.Host.Api.PutAsync(progress, new { note = "No state." }, ghana);
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.NotNull(missing.Json!["errors"]!["$.progress"]);
        ApiResponse longNote = await host.Host.Api.PutAsync(progress, new { progress = "notStarted", note = new string('x', 501) }, ghana);
        Assert.NotNull(longNote.Json!["errors"]!["$.note"]);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Host.Api.PutAsync(progress, new { progress = "finished" }, ghana)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Host.Api.PutAsync($"{path}/recommendations/GHA/2/progress", new { progress = "done" }, ghana)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Host.Api.PutAsync($"{path}/recommendations/GHA/one/progress", new { progress = "done" }, ghana)).Status);

        JsonNode recommendation = (await host.Host.Api.GetAsync(path, ReviewerPrincipal)).Json!["recommendations"]!.AsArray().Single()!;
        Assert.Equal("done", (string?)recommendation["progress"]!["progress"]);
        Assert.Null(recommendation["progress"]!["note"]);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_regional_group_makes_the_cohort_from_the_cycle()
    {
        ApiResponse created = await host.Host.Api.PostAsync("/api/peer-reviews", new
        {
            title = "African States",
            date = "2027-10-01",
            cycleId = "pr1",
            countries = (string[]?)null,
            regionalGroup = "africanStates",
            reviewers = new[] { Reviewer },
        }, NetworkScenario.Coordinator);
        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(["GHA"], created.Json!["countries"]!.AsArray().Select(c => (string)c!));

        ApiResponse both = await host.Host.Api.PostAsync("/api/peer-reviews", new { title = "T", date = "2027-10-01", cycleId = "pr1", countries = new[] { "GHA" }, regionalGroup = "africanStates", reviewers = new[] { Reviewer } }, NetworkScenario.Coordinator);
        Assert.Equal(HttpStatusCode.BadRequest, both.Status);
    }
}
