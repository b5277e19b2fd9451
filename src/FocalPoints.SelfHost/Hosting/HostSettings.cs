namespace FocalPoints.SelfHost.Hosting;

/// <summary>
/// The environment and addresses the self-host runs with. The standard ASP.NET Core settings come
/// first, in the order <c>WebApplicationBuilder</c> reads them (command line over <c>DOTNET_</c>
/// over <c>ASPNETCORE_</c> environment variables, since .NET 7): <c>--environment</c>,
/// <c>DOTNET_ENVIRONMENT</c>, <c>ASPNETCORE_ENVIRONMENT</c>; <c>--urls</c>, <c>DOTNET_URLS</c>,
/// <c>ASPNETCORE_URLS</c> (or <c>*_HTTP_PORTS</c>/<c>*_HTTPS_PORTS</c>). Then the project's own
/// <c>SelfHost__Environment</c> and <c>SelfHost__Urls</c>, then the defaults: Production, as ASP.NET
/// Core's own default (<c>dotnet run</c> takes Development from the launch profile), on
/// http://127.0.0.1:5080.
/// </summary>
public sealed record HostSettings(string Environment, string? Urls)
{
    public const string DefaultEnvironment = "Production";

    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>
    /// The command line of a self-host that a tool starts for itself (the demo, the measurements,
    /// tests): the given environment (by default Development, whose sign-in they use) on a free
    /// loopback port, whatever the machine's variables say.
    /// </summary>
    public static string[] Local(string environment = "Development") =>
        [$"--{HostDefaults.EnvironmentKey}={environment}", $"--{WebHostDefaults.ServerUrlsKey}=http://127.0.0.1:0"];

    /// <param name="options">The project's own settings (section <c>SelfHost</c>).</param>
    /// <param name="args">The host's command line (<c>--urls</c>, <c>--environment</c>, <c>--key=value</c>).</param>
    public static HostSettings Resolve(SelfHostOptions options, IReadOnlyList<string> args)
    {
        IConfiguration standard = new ConfigurationBuilder()
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddEnvironmentVariables("DOTNET_")
            .AddCommandLine([.. args])
            .Build();
        string environment = Given(standard[HostDefaults.EnvironmentKey]) ?? Given(options.Environment) ?? DefaultEnvironment;

        // Ports alone (the container images set ASPNETCORE_HTTP_PORTS) are Kestrel's to apply: no URLs then.
        bool portsGiven = Given(standard["http_ports"]) is not null || Given(standard["https_ports"]) is not null;
        string? urls = Given(standard[WebHostDefaults.ServerUrlsKey]) ?? (portsGiven ? null : Given(options.Urls) ?? DefaultUrls);
        return new HostSettings(environment, urls);
    }

    /// <summary>
    /// The <c>Host</c> header values the self-host answers (host filtering; anything else is 400):
    /// the loopback names and the host of each configured URL, never a wildcard. Without it, a web
    /// page the user visits could reach the local self-host under its own name (DNS rebinding).
    /// </summary>
    public IReadOnlyList<string> AllowedHosts =>
    [
        .. LoopbackHosts,
        .. (Urls ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(url => BindingAddress.Parse(url).Host)
            .Where(host => !WildcardHosts.Contains(host) && !host.Contains('*', StringComparison.Ordinal) && !LoopbackHosts.Contains(host, StringComparer.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase),
    ];

    private static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>Addresses that bind every interface; host filtering would read them as "any host".</summary>
    private static readonly string[] WildcardHosts = ["*", "+", "0.0.0.0", "[::]"];

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
