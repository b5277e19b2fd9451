using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using FocalPoints.Infrastructure.Storage;
using FocalPoints.Testing.Hosts;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoints.SelfHost.Tests.Api;

/// <summary>A self-host with <see cref="CountryRecordSeed"/> in cycle <c>rec</c>.</summary>
public sealed class CountryRecordHostFixture : HostFixture
{
    public const string Canary = "CANARY-4d1e Ghana confidential evidence";
    public const string Reviewer = "reviewer@peer.example";

    protected override async Task SeedAsync()
    {
        await Network.RegisterAsync("GHA", "DNK");
        await new CountryRecordSeed("rec", Canary, Reviewer).SeedAsync(Network, Host.Api);
        await Host.WaitUntilIdleAsync("the workflows to be at rest");
    }
}

public sealed class CountryRecordApiTests(CountryRecordHostFixture host) : IClassFixture<CountryRecordHostFixture>
{
    private const string Path = "/api/countries/GHA/record";
    private static readonly string Ghana = Principals.FocalPoint(Principals.FocalPointEmail("GHA"));

    [Fact(Timeout = 60_000)]
    public async Task The_countrys_focal_point_downloads_every_version_review_recommendation_and_response_with_its_confidential_content()
    {
        using HttpResponseMessage response = await SendAsync(Path, Ghana);
        string body = await response.Content.ReadAsStringAsync();
        JsonNode record = JsonNode.Parse(body)!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"focalpoints-record-GHA-{DateTime.UtcNow:yyyy-MM-dd}.json"), response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("focalpoints.country-record/1", (string?)record["schema"]);
        JsonArray versions = record["cycles"]![0]!["steps"]![0]!["versions"]!.AsArray();
        Assert.Equal(["returned", "approved"], versions.Select(v => (string?)v!["status"]));
        Assert.Equal(["network", "confidential"], versions.Select(v => (string?)v!["sharing"]));
        Assert.Equal(CountryRecordSeed.ReturnComments, (string?)versions[0]!["review"]!["comments"]);
        Assert.Equal("coordinator", (string?)versions[0]!["review"]!["actor"]);
        Assert.Contains(CountryRecordHostFixture.Canary, body, StringComparison.Ordinal);
        JsonNode peerReview = record["peerReviews"]!.AsArray().Single()!;
        Assert.Equal(CountryRecordSeed.Recommendation, (string?)peerReview["recommendations"]!.AsArray().Single()!["text"]);
        Assert.Equal(CountryRecordSeed.Response, (string?)peerReview["response"]!["text"]);
        Assert.DoesNotContain(CountryRecordSeed.DenmarkWords, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Denmark's recommendation.", body, StringComparison.Ordinal);
        Assert.DoesNotContain(CountryRecordHostFixture.Reviewer, body, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Another_countrys_focal_point_a_peer_reviewer_and_nobody_are_refused_and_the_canary_is_in_no_refusal()
    {
        foreach (string path in new[] { Path, Path + "/print" })
        {
            ApiResponse denmark = await host.Host.Api.GetAsync(path, Principals.FocalPoint(Principals.FocalPointEmail("DNK")));
            ApiResponse reviewer = await host.Host.Api.GetAsync(path, Principals.Header(CountryRecordHostFixture.Reviewer, "PeerReviewer"));
            ApiResponse nobody = await host.Host.Api.GetAsync(path, null);

            Assert.Equal((HttpStatusCode.Forbidden, "application/problem+json"), (denmark.Status, denmark.ContentType));
            Assert.Equal((HttpStatusCode.Forbidden, "application/problem+json"), (reviewer.Status, reviewer.ContentType));
            Assert.Equal((HttpStatusCode.Unauthorized, "application/problem+json"), (nobody.Status, nobody.ContentType));
            Assert.All([denmark, reviewer, nobody], r => Assert.DoesNotContain("CANARY", r.Body, StringComparison.Ordinal));
        }
    }

    [Theory(Timeout = 60_000)]
    [InlineData("gha")]
    [InlineData("GH1")]
    [InlineData("XXX")]
    public async Task A_code_that_is_not_a_UN_Member_State_is_a_validation_problem(string iso3)
    {
        ApiResponse response = await host.Host.Api.GetAsync($"/api/countries/{iso3}/record", NetworkScenario.Coordinator);

        Assert.Equal((HttpStatusCode.BadRequest, "application/problem+json"), (response.Status, response.ContentType));
        Assert.NotNull(response.Json!["errors"]!["iso3"]);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_coordinator_reads_the_record_in_a_bounded_number_of_table_requests()
    {
        RequestCounter counter = host.Host.App.Services.GetRequiredService<RequestCounter>();
        long before = counter.Count;

        NetworkScenario.Ensure(await host.Host.Api.GetAsync(Path, NetworkScenario.Coordinator), HttpStatusCode.OK);

        // The directory entry, the cycles, one query for the one cycle, the follow-ups, the sessions, the library.
        Assert.Equal(6, counter.Count - before);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("en", "ltr", "Record of Ghana", "returned for revision")]
    [InlineData("fr", "ltr", "Dossier de Ghana", "renvoyée pour révision")]
    [InlineData("ar", "rtl", "سجل غانا", "أُعيدت للتنقيح")]
    public async Task The_printable_record_is_in_the_readers_language_with_the_confidential_content(string language, string direction, string title, string returned)
    {
        using HttpResponseMessage response = await SendAsync(Path + "/print", Ghana, language);
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<html lang=\"{language}\" dir=\"{direction}\"", html, StringComparison.Ordinal);
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains(returned, html, StringComparison.Ordinal);
        Assert.Contains(CountryRecordHostFixture.Canary, html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.DoesNotContain(CountryRecordSeed.DenmarkWords, html, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string principal, string? language = null)
    {
        using var http = new HttpClient { BaseAddress = host.Host.App.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return await http.SendAsync(request);
    }
}
