using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FocalPoints.SelfHost.Tests.Portal.Oidc;

/// <summary>A small Kestrel server on a free loopback port, for the fakes at the portal's process boundaries.</summary>
internal static class LoopbackServer
{
    /// <summary>Builds, maps (<paramref name="configure"/>) and starts a server; its origin is <c>http://127.0.0.1:port</c>.</summary>
    public static async Task<(WebApplication App, Uri Origin)> StartAsync(Action<IServiceCollection> services, Action<WebApplication> configure)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        services(builder.Services);
        WebApplication app = builder.Build();
        configure(app);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return (app, new Uri(address));
    }
}
