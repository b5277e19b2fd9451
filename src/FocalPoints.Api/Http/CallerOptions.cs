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

        if (LoopbackOnly && http.Connection.RemoteIpAddress is IPAddress remote && !IPAddress.IsLoopback(remote))
        {
            return null;
        }

        return ClientPrincipal.Parse(http.Request.Headers[ClientPrincipal.HeaderName].FirstOrDefault());
    }
}
