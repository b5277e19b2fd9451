using System.Net;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;

namespace FocalPoints.SelfHost.Tests.Api;

public sealed class AuthorizationTests(StrategyHostFixture host) : IClassFixture<StrategyHostFixture>
{
    private const string Gha = $"/api/cycles/{StrategyHostFixture.Cycle}/countries/GHA";
    private static readonly string GhaFocalPoint = Principals.FocalPoint(Principals.FocalPointEmail("GHA"));
    private static readonly string DnkFocalPoint = Principals.FocalPoint(Principals.FocalPointEmail("DNK"));

    [Theory(Timeout = 30_000)]
    [InlineData("GET", "/api/cycles/api")]
    [InlineData("GET", Gha)]
    [InlineData("PUT", "/api/network/members/GHA")]
    [InlineData("POST", Gha + "/steps/risk-assessment/submission")]
    [InlineData("GET", "/api/dev/outbox")]
    public async Task No_principal_is_401(string method, string path)
    {
        ApiResponse response = await host.Host.Api.SendAsync(new HttpMethod(method), path, new { }, principal: null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
    }

    [Theory(Timeout = 30_000)]
    [InlineData("not base64 json")]
    [InlineData("{\"claims\":[null]}")]
    [InlineData("{\"claims\":[null,{\"typ\":\"roles\",\"val\":\"Coordinator\"},{\"typ\":\"email\",\"val\":\"c@x.org\"}]}")]
    [InlineData("{\"claims\":[{\"typ\":\"roles\",\"val\":\"Coordinator\"}]}")]
    [InlineData("{\"claims\":[{\"typ\":\"roles\",\"val\":[\"Coordinator\"]}]}")]
    [InlineData("{\"claims\":{\"typ\":\"roles\"}}")]
    [InlineData("{\"userDetails\":\"c@x.org\",\"userRoles\":[null,\"Coordinator\"]}")]
    [InlineData("{\"userDetails\":\"c@x.org\",\"userRoles\":\"Coordinator\"}")]
    [InlineData("{\"userDetails\":\"c@x.org\",\"userDetails\":\"d@x.org\",\"userRoles\":[\"Coordinator\"]}")]
    [InlineData("{\"userDetails\":true}")]
    [InlineData("bnVsbA==")] // null
    [InlineData("W251bGxd")] // [null]
    [InlineData("e30")] // {} without its padding
    public async Task Malformed_principal_is_401_on_every_route(string value)
    {
        string principal = value.StartsWith('{') ? Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(value)) : value;
        foreach (string path in new[] { Gha, "/api/me", "/api/cycles", "/api/peer-reviews", "/api/network/members", "/api/dev/outbox" })
        {
            ApiResponse response = await host.Host.Api.GetAsync(path, principal);
            Assert.True(response.Status == HttpStatusCode.Unauthorized, $"{path}: {response}");
            Assert.Equal("application/problem+json", response.ContentType);
        }
    }

    [Fact(Timeout = 30_000)]
    public async Task Focal_point_cannot_read_or_write_another_country()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Host.Api.GetAsync(Gha, DnkFocalPoint)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Host.Api.GetAsync(Gha + "/steps/risk-assessment", DnkFocalPoint)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Host.Api.PutAsync(Gha + "/steps/risk-assessment/draft", new RiskAssessmentBuilder().Build(), DnkFocalPoint)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Host.Api.PostAsync(Gha + "/steps/risk-assessment/submission", new RiskAssessmentBuilder().Build(), DnkFocalPoint)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Host.Api.GetAsync("/api/network/members/GHA", DnkFocalPoint)).Status);
    }

    [Fact(Timeout = 30_000)]
    public async Task Forbidden_gives_no_hint_whether_the_resource_exists()
    {
        ApiResponse existing = await host.Host.Api.GetAsync(Gha, DnkFocalPoint);
        ApiResponse missing = await host.Host.Api.GetAsync("/api/cycles/no-such-cycle/countries/GHA", DnkFocalPoint);
        Assert.Equal(HttpStatusCode.Forbidden, missing.Status);
        Assert.Equal(existing.Json!["detail"]!.ToString(), missing.Json!["detail"]!.ToString());
    }

    [Fact(Timeout = 30_000)]
    public async Task Focal_point_reads_and_drafts_its_own_country_only()
    {
        Assert.Equal(HttpStatusCode.OK, (await host.Host.Api.GetAsync(Gha, GhaFocalPoint)).Status);
        ApiResponse draft = await host.Host.Api.PutAsync(Gha + "/steps/risk-assessment/draft", new RiskAssessmentBuilder().WithoutFactor("RF14").Build(), GhaFocalPoint);
        Assert.Equal(HttpStatusCode.OK, draft.Status);
        ApiResponse step = await host.Host.Api.GetAsync(Gha + "/steps/risk-assessment", GhaFocalPoint);
        Assert.Equal(13, step.Json!["draft"]!["riskFactors"]!.AsArray().Count);

        ApiResponse members = await host.Host.Api.GetAsync("/api/network/members", GhaFocalPoint);
        Assert.Equal(["GHA"], members.Json!["members"]!.AsArray().Select(m => (string)m!["iso3"]!));
    }

    [Fact(Timeout = 30_000)]
    public async Task Coordinator_routes_refuse_focal_points()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Host.Api.GetAsync("/api/cycles/api", GhaFocalPoint)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Host.Api.PostAsync(Gha + "/steps/risk-assessment/review", new { decision = "approve" }, GhaFocalPoint)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Host.Api.GetAsync("/api/dev/outbox", GhaFocalPoint)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Host.Api.DeleteAsync(Gha, GhaFocalPoint)).Status);
    }

    [Fact(Timeout = 30_000)]
    public async Task Focal_point_role_with_an_unregistered_email_is_403() =>
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Host.Api.GetAsync(Gha, Principals.FocalPoint("stranger@elsewhere.example"))).Status);

    [Fact(Timeout = 30_000)]
    public async Task Coordinator_reads_any_country() =>
        Assert.Equal(HttpStatusCode.OK, (await host.Host.Api.GetAsync(Gha, NetworkScenario.Coordinator)).Status);
}
