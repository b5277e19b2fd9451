using FocalPoints.Api.Http;

namespace FocalPoints.SelfHost.Hosting;

/// <summary>
/// Development's sign-in lets anyone type who they are, and the principal header is believed from
/// loopback: both are safe only while nothing but this machine can reach the self-host. So in
/// Development every address the self-host actually listens on (read after Kestrel bound them:
/// <c>ASPNETCORE_HTTP_PORTS=8080</c> binds <c>http://*:8080</c>) must be loopback, or it refuses to
/// start, unless <see cref="SelfHostOptions.AllowDevelopmentSignInOnNetwork"/> says otherwise.
/// Until the check has passed, a Development host answers every request 503.
/// </summary>
internal sealed partial class DevelopmentOnLoopback
{
    private volatile bool verified;

    /// <summary>Answers 503 until <see cref="Verify"/> has passed: nothing is served before the addresses are known.</summary>
    public void Guard(IApplicationBuilder app) => app.Use((http, next) =>
    {
        if (verified)
        {
            return next(http);
        }

        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return Task.CompletedTask;
    });

    /// <summary>
    /// Lets requests through when every address in <paramref name="listening"/> is loopback, or when
    /// <paramref name="allowOnNetwork"/> (then with a warning); otherwise the message for the refusal.
    /// </summary>
    public string? Verify(IReadOnlyCollection<string> listening, bool allowOnNetwork, ILogger log)
    {
        string[] network = [.. listening.Where(address => !Loopback.IsListeningAddress(address))];
        if (network.Length > 0 && !allowOnNetwork)
        {
            return Refusal(network);
        }

        if (network.Length > 0)
        {
            ListeningOnNetwork(log, string.Join(", ", network));
        }

        verified = true;
        return null;
    }

    /// <summary>Why the self-host does not start, and the three ways on.</summary>
    public static string Refusal(IEnumerable<string> network) =>
        $"The self-host runs in Development but listens on {string.Join(", ", network)}, which is not loopback. "
        + "Development's sign-in lets anyone sign in as anyone, so it is served only while every address is loopback "
        + "(ASPNETCORE_HTTP_PORTS, which container images set, binds every interface). Either listen on loopback "
        + "(--urls http://127.0.0.1:5080), or run in Production (ASPNETCORE_ENVIRONMENT=Production) with real authentication in front, "
        + "or, for a development container whose port only you can reach, set SelfHost__AllowDevelopmentSignInOnNetwork=true.";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Development listens on {Addresses}, which is not loopback, because SelfHost__AllowDevelopmentSignInOnNetwork=true: the sign-in and the principal header are still for loopback callers only, but anything that forwards from loopback (a reverse proxy, a sidecar, a port forward) lets anyone sign in as anyone")]
    private static partial void ListeningOnNetwork(ILogger logger, string addresses);
}
