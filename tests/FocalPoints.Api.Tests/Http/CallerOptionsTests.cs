using System.Net;
using FocalPoints.Api.Http;
using FocalPoints.Testing;
using Microsoft.AspNetCore.Http;

namespace FocalPoints.Api.Tests.Http;

public class CallerOptionsTests
{
    private static DefaultHttpContext Request(IPAddress? remote)
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = remote;
        http.Request.Headers[ClientPrincipal.HeaderName] = Principals.Coordinator();
        return http;
    }

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

    [Fact]
    public void Behind_app_service_authentication_the_header_is_believed() =>
        Assert.True(new CallerOptions { LoopbackOnly = false }.Read(Request(IPAddress.Parse("192.0.2.10")))!.IsCoordinator);

    [Fact]
    public void Without_trust_no_caller() =>
        Assert.Null(new CallerOptions { TrustPrincipalHeader = false }.Read(Request(IPAddress.Loopback)));
}
