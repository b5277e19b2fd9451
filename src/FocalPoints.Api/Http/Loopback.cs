using System.Net;
using Microsoft.AspNetCore.Http;

namespace FocalPoints.Api.Http;

/// <summary>What counts as this machine only: the loopback addresses and the name <c>localhost</c>.</summary>
public static class Loopback
{
    /// <summary>
    /// Whether the request's connection comes from a loopback address (an IPv4-mapped IPv6 address
    /// read as IPv4). Fails closed: with no remote address (a Unix socket, a test server, some
    /// proxies) the caller's origin is unknown, so it is not loopback.
    /// </summary>
    public static bool IsCaller(HttpContext http) => IsAddress(http.Connection.RemoteIpAddress);

    /// <inheritdoc cref="IsCaller" path="/summary"/>
    public static bool IsAddress(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    /// <summary>
    /// Whether a listening address (as Kestrel reports it, e.g. <c>http://127.0.0.1:5080</c>) takes
    /// connections from this machine only: <c>localhost</c> or a loopback IP. <c>0.0.0.0</c>,
    /// <c>[::]</c>, <c>*</c>, <c>+</c>, a Unix socket (a proxy may forward to it) and any other
    /// address or name do not.
    /// </summary>
    public static bool IsListeningAddress(string address)
    {
        BindingAddress binding = BindingAddress.Parse(address);
        return !binding.IsUnixPipe
            && (binding.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
                || (IPAddress.TryParse(binding.Host.Trim('[', ']'), out IPAddress? ip) && IsAddress(ip)));
    }
}
