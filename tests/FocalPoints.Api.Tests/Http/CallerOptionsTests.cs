using System.Net;
using System.Security.Claims;
using FocalPoints.Api.Http;
using FocalPoints.Testing.Hosts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace FocalPoints.Api.Tests.Http;

public class CallerOptionsTests
{
    private static DefaultHttpContext Request(IPAddress? remote, string? identityProvider = null)
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = remote;
        http.Request.Headers[ClientPrincipal.HeaderName] = Principals.Coordinator();
        if (identityProvider is not null)
        {
            http.Request.Headers[ClientPrincipal.IdentityProviderHeaderName] = identityProvider;
        }

        return http;
    }

    private static IConfiguration Settings(string? authEnabled) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["WEBSITE_AUTH_ENABLED"] = authEnabled }).Build();

    [Fact]
    public void Loopback_only_believes_the_header_from_loopback()
    {
        var options = new CallerOptions { LoopbackOnly = true };
        Assert.NotNull(options.Read(Request(IPAddress.Loopback)));
        Assert.NotNull(options.Read(Request(IPAddress.IPv6Loopback)));
        Assert.NotNull(options.Read(Request(IPAddress.Loopback.MapToIPv6())));
        Assert.Null(options.Read(Request(IPAddress.Parse("192.0.2.10"))));
    }

    [Fact]
    public void Loopback_only_fails_closed_when_the_origin_is_unknown() =>
        Assert.Null(new CallerOptions { LoopbackOnly = true }.Read(Request(remote: null)));

    [Theory]
    [InlineData("True")]
    [InlineData("true")]
    public void With_app_service_authentication_on_the_header_and_its_identity_provider_are_believed(string authEnabled)
    {
        CallerOptions options = CallerOptions.ForAppService(Settings(authEnabled));

        Assert.True(options.TrustPrincipalHeader);
        Assert.True(options.Read(Request(IPAddress.Parse("192.0.2.10"), identityProvider: "aad"))!.IsCoordinator);
    }

    [Fact]
    public void With_app_service_authentication_on_a_principal_without_the_identity_provider_header_is_not_believed() =>
        Assert.Null(CallerOptions.ForAppService(Settings("True")).Read(Request(IPAddress.Parse("192.0.2.10"))));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("False")]
    [InlineData("yes")]
    public void Without_app_service_authentication_no_principal_is_believed(string? authEnabled)
    {
        CallerOptions options = CallerOptions.ForAppService(Settings(authEnabled));

        Assert.False(options.TrustPrincipalHeader);
        Assert.Null(options.Read(Request(IPAddress.Parse("192.0.2.10"), identityProvider: "aad")));
        Assert.Null(options.Read(Request(IPAddress.Loopback, identityProvider: "aad")));
    }

    [Fact]
    public async Task At_start_up_the_app_logs_that_it_believes_no_principal_and_why()
    {
        var log = new FakeLogger<CallerTrustReport>();

        await new CallerTrustReport(CallerOptions.ForAppService(Settings(null)), log).StartAsync(CancellationToken.None);

        FakeLogRecord record = Assert.Single(log.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Warning, record.Level);
        Assert.Contains("WEBSITE_AUTH_ENABLED", record.Message, StringComparison.Ordinal);
        Assert.Contains("401", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_start_up_the_app_logs_that_it_believes_the_platform()
    {
        var log = new FakeLogger<CallerTrustReport>();

        await new CallerTrustReport(CallerOptions.ForAppService(Settings("True")), log).StartAsync(CancellationToken.None);

        FakeLogRecord record = Assert.Single(log.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Information, record.Level);
        Assert.Contains("App Service authentication", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_trust_no_caller() =>
        Assert.Null(new CallerOptions { TrustPrincipalHeader = false }.Read(Request(IPAddress.Loopback)));
    private static DefaultHttpContext SignedIn(string? authenticationType)
    {
        DefaultHttpContext http = Request(IPAddress.Parse("203.0.113.9"));
        http.User = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim("preferred_username", "fp@network.example"), new Claim("oid", "oid-1"), new Claim("roles", "FocalPoint"), new Claim("roles", "PeerReviewer")],
            authenticationType));
        return http;
    }

    [Fact]
    public void A_user_the_host_signed_in_is_the_caller_with_the_token_roles_and_object_id()
    {
        Application.Access.Caller? caller = new CallerOptions { TrustPrincipalHeader = false, TrustSignedInUser = true }.Read(SignedIn("Bearer"));

        Assert.Equal("fp@network.example", caller?.Email);
        Assert.Equal("oid-1", caller?.ObjectId);
        Assert.Equal(["FocalPoint", "PeerReviewer"], caller?.RoleNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_signed_in_user_is_not_the_caller_unless_the_host_says_so() =>
        Assert.Null(new CallerOptions { TrustPrincipalHeader = false }.Read(SignedIn("Bearer")));

    [Fact]
    public void An_unauthenticated_user_is_no_caller() =>
        Assert.Null(new CallerOptions { TrustPrincipalHeader = false, TrustSignedInUser = true }.Read(SignedIn(authenticationType: null)));
}
