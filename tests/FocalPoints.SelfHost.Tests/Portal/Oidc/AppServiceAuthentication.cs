using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using FocalPoints.Api.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Yarp.ReverseProxy.Forwarder;

namespace FocalPoints.SelfHost.Tests.Portal.Oidc;

/// <summary>
/// What App Service authentication does in front of the Functions app, on loopback in front of the
/// self-host's API: CORS for the portal's origin only, the bearer token validated (issuer, audience,
/// signature with the provider's published keys, lifetime), 401 without a valid one, and the request
/// forwarded with <c>X-MS-CLIENT-PRINCIPAL</c> built from the token's claims (any a client sent is dropped).
/// </summary>
public sealed class AppServiceAuthentication : IAsyncDisposable
{
    private readonly ConcurrentQueue<ForwardedCall> calls = new();
    private readonly FakeOpenIdProvider provider;
    private WebApplication app = null!;
    private JsonWebKeySet keys = null!;

    private AppServiceAuthentication(FakeOpenIdProvider provider) => this.provider = provider;

    public Uri Origin { get; private set; } = null!;

    /// <summary>The API the calls are forwarded to (the self-host), set once it runs.</summary>
    public Uri? Api { get; set; }

    /// <summary>The one origin CORS admits (the portal, served by the self-host), set once it runs.</summary>
    public Uri? Portal { get; set; }

    /// <summary>Every call that reached the stand-in, preflights aside: its path and whether it carried a valid bearer token.</summary>
    public IReadOnlyCollection<ForwardedCall> Calls => calls;

    /// <summary>Starts in front of <paramref name="provider"/>'s tokens.</summary>
    public static async Task<AppServiceAuthentication> StartAsync(FakeOpenIdProvider provider)
    {
        var stand = new AppServiceAuthentication(provider);
        using (var http = new HttpClient())
        {
            stand.keys = new JsonWebKeySet(await http.GetStringAsync(provider.Issuer + "/keys"));
        }

        (stand.app, stand.Origin) = await LoopbackServer.StartAsync(
            services =>
            {
                services.AddCors();
                services.AddHttpForwarder();
            },
            app =>
            {
                // Like the Functions app's CORS setting: the portal's origin, no credentials (a bearer token needs none).
                app.UseCors(cors => cors.SetIsOriginAllowed(stand.IsPortal).AllowAnyHeader().AllowAnyMethod());
                app.Map("/{**path}", stand.ForwardAsync);
            });
        return stand;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private bool IsPortal(string origin) => Portal is not null && string.Equals(origin, Portal.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);

    private async Task ForwardAsync(HttpContext http, IHttpForwarder forwarder)
    {
        string? bearer = http.Request.Headers.Authorization.ToString() is { } value && value.StartsWith("Bearer ", StringComparison.Ordinal) ? value["Bearer ".Length..] : null;
        TokenValidationResult? token = bearer is null ? null : await new JsonWebTokenHandler().ValidateTokenAsync(bearer, new TokenValidationParameters
        {
            ValidIssuer = provider.Issuer,
            ValidAudience = provider.ClientId,
            IssuerSigningKeys = keys.GetSigningKeys(),
            ValidateLifetime = true,
        });
        calls.Enqueue(new ForwardedCall(http.Request.Path + http.Request.QueryString, token?.IsValid == true));
        if (token is not { IsValid: true } || Api is null)
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        await forwarder.SendAsync(http, Api.AbsoluteUri, Client, ForwarderRequestConfig.Empty, new PrincipalTransformer(Principal(token.ClaimsIdentity)));
    }

    private static readonly HttpMessageInvoker Client = new(new SocketsHttpHandler { UseProxy = false, UseCookies = false });

    /// <summary>App Service's principal: base64 of <c>{"auth_typ","name_typ","role_typ","claims":[{"typ","val"}]}</c>, one claim per role.</summary>
    private static string Principal(ClaimsIdentity identity) => Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
    {
        auth_typ = "aad",
        name_typ = "name",
        role_typ = "roles",
        claims = identity.Claims.Select(c => new { typ = c.Type, val = c.Value }),
    })));

    /// <summary>Drops any principal header the client sent and sets the one made from the token, with the identity provider beside it.</summary>
    private sealed class PrincipalTransformer(string principal) : HttpTransformer
    {
        public override async ValueTask TransformRequestAsync(HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken)
        {
            await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken);
            proxyRequest.Headers.Remove(ClientPrincipal.HeaderName);
            proxyRequest.Headers.Remove(ClientPrincipal.IdentityProviderHeaderName);
            proxyRequest.Headers.Add(ClientPrincipal.HeaderName, principal);
            proxyRequest.Headers.Add(ClientPrincipal.IdentityProviderHeaderName, "aad");
        }
    }
}

/// <summary>A call the stand-in received: its path and query, and whether it carried a valid bearer token.</summary>
public sealed record ForwardedCall(string Path, bool Bearer);
