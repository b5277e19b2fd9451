using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using FocalPoints.Api.Http;
using FocalPoints.Contracts;
using FocalPoints.SelfHost.Tests.Portal.Oidc;

namespace FocalPoints.SelfHost.Tests.Hosting.SignIn;

/// <summary>
/// A Production self-host with <c>SelfHost:SignIn</c> validates bearer tokens itself: a valid token is
/// the caller the principal header gives behind App Service authentication; any other token is 401.
/// </summary>
public sealed class BearerSignInTests(BearerSignInFixture fixture) : IClassFixture<BearerSignInFixture>
{
    private static readonly FakeUser FocalPoint = new("fp.gha@network.example", "Ama Mensah", ["FocalPoint", "PeerReviewer"]);

    [Fact(Timeout = 60_000)]
    public async Task A_token_for_a_focal_point_reads_me_with_their_roles()
    {
        using HttpResponseMessage response = await GetMeAsync(fixture.Provider.AccessToken(FocalPoint));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        MeView? me = await response.Content.ReadFromJsonAsync<MeView>();
        Assert.Equal(FocalPoint.Email, me?.Email);
        Assert.Equal(["FocalPoint", "PeerReviewer"], me?.Roles);
    }

    [Fact(Timeout = 60_000)]
    public async Task No_token_is_401() => await AssertUnauthorizedAsync(await GetMeAsync(token: null));

    [Fact(Timeout = 60_000)]
    public async Task A_token_signed_by_another_key_is_401() =>
        await AssertUnauthorizedAsync(await GetMeAsync(fixture.Provider.AccessToken(FocalPoint, signedByAnotherKey: true)));

    [Fact(Timeout = 60_000)]
    public async Task A_token_for_another_audience_is_401() =>
        await AssertUnauthorizedAsync(await GetMeAsync(fixture.Provider.AccessToken(FocalPoint, audience: "api://another-application")));

    [Fact(Timeout = 60_000)]
    public async Task An_expired_token_is_401() =>
        await AssertUnauthorizedAsync(await GetMeAsync(fixture.Provider.AccessToken(FocalPoint, expires: DateTime.UtcNow.AddMinutes(-10))));

    [Fact(Timeout = 60_000)]
    public async Task The_principal_header_is_still_not_believed_in_Production()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Add(ClientPrincipal.HeaderName, ClientPrincipal.Encode(FocalPoint.Email, "Coordinator"));

        await AssertUnauthorizedAsync(await SendAsync(request));
    }

    private async Task<HttpResponseMessage> GetMeAsync(string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await SendAsync(request);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        using HttpClient http = new() { BaseAddress = fixture.Host.App.BaseAddress };
        using (request)
        {
            return await http.SendAsync(request);
        }
    }

    private static async Task AssertUnauthorizedAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
