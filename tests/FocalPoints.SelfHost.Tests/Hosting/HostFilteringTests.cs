using System.Net;
using FocalPoints.Testing.Hosts;

namespace FocalPoints.SelfHost.Tests.Hosting;

/// <summary>
/// DNS rebinding: a page under another name that resolves to 127.0.0.1 must not reach the
/// self-host. Only the loopback names (and the configured URLs' hosts) are answered.
/// </summary>
public sealed class HostFilteringTests(SignInHostFixture host) : IClassFixture<SignInHostFixture>, IDisposable
{
    private readonly HttpClient http = SignInEmulationTests.Browserless(host.Host.App.BaseAddress);

    public void Dispose() => http.Dispose();

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string hostHeader, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Host = hostHeader;
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", NetworkScenario.Coordinator);
        return await http.SendAsync(request);
    }

    [Theory(Timeout = 30_000)]
    [InlineData("attacker.example")]
    [InlineData("attacker.example:80")]
    [InlineData("127.0.0.1.nip.io")]
    [InlineData("localhost.attacker.example")]
    public async Task A_foreign_host_is_400_on_every_route(string hostHeader)
    {
        foreach (string path in new[] { "/api/me", "/api/network/members", "/.auth/me", "/" })
        {
            using HttpResponseMessage response = await SendAsync(HttpMethod.Get, path, hostHeader);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path} under Host {hostHeader}: {(int)response.StatusCode}");
            Assert.DoesNotContain("coordinator@", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task A_write_under_a_foreign_host_changes_nothing()
    {
        string before = await StorageSnapshot.TakeAsync(host.ConnectionString);

        using HttpResponseMessage response = await SendAsync(
            HttpMethod.Put,
            "/api/network/members/DNK",
            "attacker.example",
            new StringContent("""{"name":"Denmark","regionalGroup":"westernEuropeanAndOtherStates","focalPoints":[]}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await StorageSnapshot.TakeAsync(host.ConnectionString));
    }

    [Theory(Timeout = 30_000)]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    [InlineData("LOCALHOST")]
    public async Task The_loopback_names_are_answered(string name)
    {
        using HttpResponseMessage response = await SendAsync(HttpMethod.Get, "/api/me", $"{name}:{host.Host.App.BaseAddress.Port}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
