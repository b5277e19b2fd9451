using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FocalPoints.SelfHost.Tests.Portal.Oidc;

/// <summary>
/// An OpenID provider on loopback that signs in <see cref="NextUser"/> at once, the way Entra ID
/// answers the portal: discovery, its RS256 key, <c>authorize</c> (straight back to the redirect URI
/// with a code, remembering the PKCE challenge and the nonce), <c>token</c> (the code for an ID token and
/// an access token once the verifier matches the challenge) and an end-session endpoint.
/// </summary>
public sealed class FakeOpenIdProvider : IAsyncDisposable
{
    private readonly RsaSecurityKey key = new(RSA.Create(2048)) { KeyId = "fake-provider-key" };
    private readonly ConcurrentDictionary<string, Grant> grants = new(StringComparer.Ordinal);
    private WebApplication app = null!;

    public Uri Origin { get; private set; } = null!;

    /// <summary>The issuer and authority (Entra's shape: the tenant's <c>…/v2.0</c>).</summary>
    public string Issuer => new Uri(Origin, "tenant/v2.0").AbsoluteUri;

    /// <summary>The app registration's client id, which is also the access token's audience (Entra v2 tokens).</summary>
    public string ClientId { get; } = "00000000-0000-0000-0000-00000000f0ca";

    /// <summary>The API scope the portal asks for.</summary>
    public string Scope => $"api://{ClientId}/user_impersonation";

    public FakeUser NextUser { get; set; } = new("nobody@example", "Nobody", []);

    /// <summary>How many times a person was signed out through the end-session endpoint.</summary>
    public int SignOuts => signOuts;

    private int signOuts;

    public static async Task<FakeOpenIdProvider> StartAsync()
    {
        var provider = new FakeOpenIdProvider();
        (provider.app, provider.Origin) = await LoopbackServer.StartAsync(
            services => services.AddCors(),
            app =>
            {
                // The browser library fetches discovery, keys and tokens from the portal's origin.
                app.UseCors(cors => cors.AllowAnyOrigin().AllowAnyHeader().AllowAnyMethod());
                provider.Map(app);
            });
        return provider;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private void Map(WebApplication web)
    {
        web.MapGet("/tenant/v2.0/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = Issuer + "/authorize",
            ["token_endpoint"] = Issuer + "/token",
            ["end_session_endpoint"] = Issuer + "/logout",
            ["jwks_uri"] = Issuer + "/keys",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "pairwise" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
            ["scopes_supported"] = new[] { "openid", "profile", "offline_access" },
        }));
        web.MapGet("/tenant/v2.0/keys", () =>
        {
            JsonWebKey jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(key.Rsa.ExportParameters(false)) { KeyId = key.KeyId });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, alg = "RS256", n = jwk.N, e = jwk.E } } });
        });
        web.MapGet("/tenant/v2.0/authorize", Authorize);
        web.MapPost("/tenant/v2.0/token", TokenAsync);
        web.MapGet("/tenant/v2.0/logout", (HttpRequest request) =>
        {
            Interlocked.Increment(ref signOuts);
            string back = request.Query["post_logout_redirect_uri"].ToString();
            string state = request.Query["state"].ToString();
            return Results.Redirect(state.Length == 0 ? back : back + "?state=" + Uri.EscapeDataString(state));
        });
    }

    private IResult Authorize(HttpRequest request)
    {
        string? Query(string name) => request.Query[name].FirstOrDefault();
        if (Query("client_id") != ClientId || Query("response_type") != "code" || Query("code_challenge_method") != "S256"
            || Query("code_challenge") is not { Length: > 0 } challenge || Query("redirect_uri") is not { Length: > 0 } redirect)
        {
            return Results.BadRequest("client_id, response_type=code, redirect_uri and an S256 code_challenge are required");
        }

        string code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(24));
        grants[code] = new Grant(NextUser, challenge, Query("nonce"), redirect, Query("scope") ?? "openid");
        return Results.Redirect($"{redirect}?code={code}&state={Uri.EscapeDataString(Query("state") ?? string.Empty)}");
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        IFormCollection form = await request.ReadFormAsync();
        if (form["grant_type"] != "authorization_code" || !grants.TryRemove(form["code"].ToString(), out Grant? grant))
        {
            return Results.Json(new { error = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest);
        }

        string verified = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString())));
        if (verified != grant.Challenge || form["redirect_uri"] != grant.RedirectUri)
        {
            return Results.Json(new { error = "invalid_grant", error_description = "code_verifier or redirect_uri does not match" }, statusCode: StatusCodes.Status400BadRequest);
        }

        return Results.Json(new
        {
            token_type = "Bearer",
            scope = grant.Scope,
            expires_in = 3600,
            id_token = Token(grant, grant.Nonce),
            access_token = Token(grant, nonce: null),
        });
    }

    private string Token(Grant grant, string? nonce) => Token(grant.User, nonce, ClientId, DateTime.UtcNow.AddHours(1), key);

    /// <summary>
    /// An access token for <paramref name="user"/> as the token endpoint issues it, or changed the ways
    /// a token may be wrong: for another audience, expired at <paramref name="expires"/>, or signed by
    /// a key the provider does not publish (<paramref name="signedByAnotherKey"/>).
    /// </summary>
    public string AccessToken(FakeUser user, string? audience = null, DateTime? expires = null, bool signedByAnotherKey = false) =>
        Token(user, nonce: null, audience ?? ClientId, expires ?? DateTime.UtcNow.AddHours(1), signedByAnotherKey ? new RsaSecurityKey(RSA.Create(2048)) { KeyId = key.KeyId } : key);

    private string Token(FakeUser user, string? nonce, string audience, DateTime expires, SecurityKey signingKey)
    {
        var claims = new Dictionary<string, object>
        {
            ["sub"] = "sub-" + user.Email,
            ["oid"] = "oid-" + user.Email,
            ["preferred_username"] = user.Email,
            ["name"] = user.Name,
            ["roles"] = user.Roles.ToArray(),
        };
        if (nonce is not null)
        {
            claims["nonce"] = nonce;
        }
        else
        {
            claims["scp"] = "user_impersonation";
        }

        DateTime issued = expires.AddHours(-1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            IssuedAt = issued,
            NotBefore = issued.AddMinutes(-1),
            Expires = expires,
            Claims = claims,
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
        });
    }

    private sealed record Grant(FakeUser User, string Challenge, string? Nonce, string RedirectUri, string Scope);
}
