using System.Net;
using Microsoft.AspNetCore.Http;

namespace FocalPoints.Api.Http;

/// <summary>
/// When the <c>X-MS-CLIENT-PRINCIPAL</c> header is believed. Behind App Service authentication (the
/// Functions app) the platform sets it and strips any a client sent. The self-host has no such
/// front door, so it believes the header only in Development and only from loopback.
/// </summary>
public sealed class CallerOptions
{
    public bool TrustPrincipalHeader { get; set; } = true;

    public bool LoopbackOnly { get; set; }

    public Caller? Read(HttpContext http)
    {
        if (!TrustPrincipalHeader)
        {
            return null;
        }

        // Fail closed: with no remote address (a Unix socket, a test server, some proxies) the
        // caller's origin is unknown, so the header is not believed.
        IPAddress? remote = http.Connection.RemoteIpAddress;
        if (LoopbackOnly && (remote is null || !IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote)))
        {
            return null;
        }

        return ClientPrincipal.Parse(http.Request.Headers[ClientPrincipal.HeaderName].FirstOrDefault());
    }
}
