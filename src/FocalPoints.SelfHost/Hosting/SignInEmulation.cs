using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FocalPoints.Api.Http;
using FocalPoints.Application.Access;
using FocalPoints.Domain.Network;

namespace FocalPoints.SelfHost.Hosting;

/// <summary>
/// Azure Static Web Apps sign-in, emulated for Development the way the Static Web Apps CLI does it:
/// a form (<c>/.auth/login/aad</c>) where anyone types a user name and roles, an unsigned cookie
/// holding the client principal, <c>/.auth/me</c> and <c>/.auth/logout</c>. A middleware turns the
/// cookie into the <c>X-MS-CLIENT-PRINCIPAL</c> header the API reads, which the self-host believes
/// only in Development and only from loopback. Never mapped outside Development, and served to
/// loopback callers only.
/// </summary>
public static class SignInEmulation
{
    public const string CookieName = "StaticWebAppsAuthCookie";

    private const string LoginPath = "/.auth/login/aad";

    /// <summary>Static Web Apps answers <c>{"clientPrincipal":null}</c> to someone not signed in: the null is written.</summary>
    private static readonly JsonSerializerOptions AuthMeJson = new(Domain.DomainJson.Options) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never };

    private static readonly string[] KnownRoles = [Roles.Coordinator, Roles.FocalPoint, Roles.PeerReviewer];

    /// <summary>The client principal as Static Web Apps describes it (<c>/.auth/me</c>, and the cookie's content).</summary>
    public sealed record StaticWebAppsPrincipal(string IdentityProvider, string UserId, string UserDetails, IReadOnlyList<string> UserRoles);

    /// <summary>
    /// Sets <c>X-MS-CLIENT-PRINCIPAL</c> from the sign-in cookie, in Static Web Apps' own shape, when
    /// the request carries no such header itself and comes from this origin (or the user's own
    /// navigation). SameSite=Strict is not enough: any other port on 127.0.0.1 is the same site.
    /// </summary>
    public static IApplicationBuilder UseSignInCookie(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        if (!http.Request.Headers.ContainsKey(ClientPrincipal.HeaderName) && Loopback.IsCaller(http) && IsSameOrigin(http.Request) && Read(http) is { } principal)
        {
            string[] roles = principal.UserRoles.Where(r => KnownRoles.Contains(r, StringComparer.Ordinal)).ToArray();
            http.Request.Headers[ClientPrincipal.HeaderName] = ClientPrincipal.EncodeStaticWebApps(principal.IdentityProvider, principal.UserId, principal.UserDetails, roles);
        }

        return next(http);
    });

    /// <summary>
    /// Maps <c>/.auth/*</c> for loopback callers only: from any other address (the self-host listening
    /// on the network with <see cref="SelfHostOptions.AllowDevelopmentSignInOnNetwork"/>) it is 404,
    /// whatever <c>Host</c> the request names.
    /// </summary>
    public static IEndpointRouteBuilder MapSignInEmulation(this IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder app = endpoints.MapGroup(string.Empty);
        app.AddEndpointFilter((context, next) => Loopback.IsCaller(context.HttpContext) ? next(context) : ValueTask.FromResult<object?>(Results.NotFound()));
        app.MapGet(LoginPath, (HttpContext http) => Form(LocalPath(http.Request.Query["post_login_redirect_uri"]), string.Empty, string.Empty, null, null, StatusCodes.Status200OK));
        app.MapPost(LoginPath, (Func<HttpContext, Task<IResult>>)SignInAsync);
        app.MapGet("/.auth/me", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return Results.Json(new { clientPrincipal = Read(http) }, AuthMeJson);
        });
        app.MapGet("/.auth/logout", (HttpContext http) =>
        {
            http.Response.Cookies.Delete(CookieName, Options(http));
            return Results.Redirect(LocalPath(http.Request.Query["post_logout_redirect_uri"]));
        });
        return endpoints;
    }

    /// <summary>
    /// Whether the browser says the request comes from this origin (<c>Sec-Fetch-Site</c>
    /// <c>same-origin</c>), from the user themselves (<c>none</c>: typed, bookmarked), or says nothing
    /// (not a browser, or an old one). <c>same-site</c> (another port of 127.0.0.1) and
    /// <c>cross-site</c> are not believed.
    /// </summary>
    public static bool IsSameOrigin(HttpRequest request) =>
        request.Headers["Sec-Fetch-Site"].ToString() is "" or "same-origin" or "none";

    /// <summary>
    /// Where to go after signing in or out: only a path on this site (one leading '/', not '//' or
    /// '/\', which browsers read as another host), so the form is no open redirect; else '/'.
    /// Characters outside ASCII are percent-encoded (UTF-8): a Location header carries ASCII only.
    /// </summary>
    public static string LocalPath(string? candidate) =>
        candidate is { Length: > 0 } && candidate[0] == '/' && (candidate.Length == 1 || (candidate[1] != '/' && candidate[1] != '\\')) && !candidate.Any(char.IsControl)
            ? AsciiOnly(candidate)
            : "/";

    /// <summary>The path with every non-ASCII character percent-encoded as UTF-8; a lone surrogate makes it '/'.</summary>
    private static string AsciiOnly(string path)
    {
        if (Ascii.IsValid(path))
        {
            return path;
        }

        var encoded = new StringBuilder(path.Length * 3);
        Span<byte> utf8 = stackalloc byte[4];
        for (int i = 0; i < path.Length;)
        {
            if (Rune.DecodeFromUtf16(path.AsSpan(i), out Rune rune, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                return "/";
            }

            if (rune.IsAscii)
            {
                encoded.Append((char)rune.Value);
            }
            else
            {
                int length = rune.EncodeToUtf8(utf8);
                foreach (byte b in utf8[..length])
                {
                    encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            i += consumed;
        }

        return encoded.ToString();
    }

    private static async Task<IResult> SignInAsync(HttpContext http)
    {
        if (!IsSameOrigin(http.Request))
        {
            return Problems.Forbidden();
        }

        if (!http.Request.HasFormContentType)
        {
            return Problems.BadRequest("Post the sign-in form (application/x-www-form-urlencoded).");
        }

        IFormCollection form = await http.Request.ReadFormAsync(http.RequestAborted);
        string username = form["username"].ToString().Trim();
        string roleText = form["roles"].ToString();
        string redirect = LocalPath(form["post_login_redirect_uri"].ToString());

        string? usernameError = DirectoryRules.IsEmail(username) ? null : "Enter an e-mail address, such as coordinator@network.example.";
        string[] words = roleText.Split([',', ' ', '\t', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string[] unknown = words.Where(w => !KnownRoles.Contains(w, StringComparer.OrdinalIgnoreCase)).ToArray();
        string? rolesError = unknown.Length == 0 ? null : $"Unknown role {string.Join(", ", unknown)}: use Coordinator, FocalPoint or PeerReviewer.";
        if (usernameError is not null || rolesError is not null)
        {
            return Form(redirect, username, roleText, usernameError, rolesError, StatusCodes.Status400BadRequest);
        }

        string[] roles = KnownRoles.Where(k => words.Contains(k, StringComparer.OrdinalIgnoreCase)).ToArray();
        var principal = new StaticWebAppsPrincipal("aad", UserId(username), username, ["anonymous", "authenticated", .. roles]);
        http.Response.Cookies.Append(CookieName, Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(principal, Domain.DomainJson.Options)), Options(http));
        http.Response.Headers.Location = redirect;
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    /// <summary>The principal in the request's sign-in cookie, or <c>null</c> (none, or not one this emulation wrote).</summary>
    private static StaticWebAppsPrincipal? Read(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(CookieName, out string? value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            StaticWebAppsPrincipal? principal = JsonSerializer.Deserialize<StaticWebAppsPrincipal>(Convert.FromBase64String(value), Domain.DomainJson.Options);
            return principal is { UserDetails: not null, UserRoles: not null } && DirectoryRules.IsEmail(principal.UserDetails) ? principal : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    /// <summary>A stable user id from the user name, as Static Web Apps gives each user one id.</summary>
    private static string UserId(string username) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(username.ToLowerInvariant())))[..32];

    /// <summary>A session cookie for this site only, unreadable by scripts and never sent by other sites.</summary>
    private static CookieOptions Options(HttpContext http) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Path = "/",
        Secure = http.Request.IsHttps,
        IsEssential = true,
    };

    private static IResult Form(string redirect, string username, string roles, string? usernameError, string? rolesError, int status)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        static string Field(string id, string label, string type, string value, string autocomplete, string? hint, string? error)
        {
            string describedBy = string.Join(' ', new[] { hint is null ? null : $"{id}-hint", error is null ? null : $"{id}-error" }.OfType<string>());
            var html = new StringBuilder()
                .Append("<p><label for=\"").Append(id).Append("\">").Append(label).Append("</label><br>")
                .Append("<input id=\"").Append(id).Append("\" name=\"").Append(id).Append("\" type=\"").Append(type).Append("\" autocomplete=\"").Append(autocomplete)
                .Append("\" value=\"").Append(E(value)).Append('"');
            if (describedBy.Length > 0)
            {
                html.Append(" aria-describedby=\"").Append(describedBy).Append('"');
            }

            if (error is not null)
            {
                html.Append(" aria-invalid=\"true\"");
            }

            html.Append('>');
            if (hint is not null)
            {
                html.Append("<br><span id=\"").Append(id).Append("-hint\">").Append(E(hint)).Append("</span>");
            }

            if (error is not null)
            {
                html.Append("<br><strong id=\"").Append(id).Append("-error\" class=\"error\">").Append(E(error)).Append("</strong>");
            }

            return html.Append("</p>").ToString();
        }

        string page = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(usernameError is null && rolesError is null ? string.Empty : "Error: ").Append("Sign in — FocalPoints (development)</title></head><body><main>")
            .Append("<h1>Sign in (development)</h1>")
            .Append("<p>This self-host emulates Azure Static Web Apps sign-in: type who you want to be. Only in Development.</p>")
            .Append("<form method=\"post\" action=\"").Append(LoginPath).Append("\">")
            .Append("<input type=\"hidden\" name=\"post_login_redirect_uri\" value=\"").Append(E(redirect)).Append("\">")
            .Append(Field("username", "Username", "email", username, "username", "Your e-mail address.", usernameError))
            .Append(Field("roles", "Roles", "text", roles, "off", "Coordinator, FocalPoint or PeerReviewer, separated by commas or spaces.", rolesError))
            .Append("<p><button type=\"submit\">Sign in</button></p></form></main></body></html>")
            .ToString();
        return Results.Content(page, "text/html; charset=utf-8", Encoding.UTF8, status);
    }
}
