using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using FocalPoints.Testing.Hosts;

namespace FocalPoints.SelfHost.Tests.Hosting;

/// <summary>How a test starts the self-host's process.</summary>
internal enum SelfHostLaunch
{
    /// <summary><c>dotnet FocalPoints.SelfHost.dll</c>, as a published build runs: no launch profile.</summary>
    Published,

    /// <summary><c>dotnet run --no-build --project src/FocalPoints.SelfHost</c>: the project's launch profile applies.</summary>
    DotnetRun,

    /// <summary>
    /// The executable of a self-contained publish folder, with no .NET on the PATH and no
    /// <c>DOTNET_ROOT</c>: as a server without the SDK runs it. Its own portal and settings.
    /// </summary>
    SelfContained,

    /// <summary>
    /// <see cref="DotnetRun"/> as a terminal runs it: leader of its own process group (<c>setsid</c>),
    /// with Ctrl+C's SIGINT not ignored (a test runner started in the background passes it on ignored).
    /// </summary>
    DotnetRunInTerminal,
}

/// <summary>The self-host in a child process, stopped (with anything it started) at the end.</summary>
internal sealed partial class SelfHostProcess : IAsyncDisposable
{
    /// <summary>The self-host's build output, beside the portal it publishes (<c>src/FocalPoints.SelfHost/bin/{Configuration}/{TargetFramework}/</c>).</summary>
    private static readonly string OutputDirectory = Path.GetFullPath(Path.Combine(RunningHost.PortalDirectory, ".."));

    /// <summary>
    /// Settings the machine or the test runner may carry that would decide for the child: each test
    /// names the ones it means.
    /// </summary>
    private static readonly string[] Inherited =
    [
        "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_URLS", "DOTNET_URLS",
        "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_HTTP_PORTS", "DOTNET_HTTPS_PORTS", "DOTNET_LAUNCH_PROFILE",
        "SelfHost__Environment", "SelfHost__Urls", "SelfHost__AllowDevelopmentSignInOnNetwork",
    ];

    /// <summary>How long the self-host has to start, or to refuse to.</summary>
    private static readonly TimeSpan StartWithin = TimeSpan.FromSeconds(90);

    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HttpClient http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    private SelfHostProcess(Process process)
    {
        this.process = process;
    }

    /// <summary>The address the self-host says it listens on, once it has started.</summary>
    public Uri ListeningOn { get; private set; } = null!;

    /// <summary>Where the test reaches it: <see cref="ListeningOn"/>, with 127.0.0.1 for an address that binds every interface.</summary>
    public Uri BaseAddress => http.BaseAddress!;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts the self-host and waits until it says where it listens (fails the test if it stops first);
    /// <paramref name="publishFolder"/> is the publish folder a <see cref="SelfHostLaunch.SelfContained"/> launch runs.
    /// </summary>
    public static async Task<SelfHostProcess> StartAsync(string storage, string[] args, Dictionary<string, string> variables, SelfHostLaunch launch = SelfHostLaunch.Published, string? publishFolder = null)
    {
        SelfHostProcess host = Start(storage, args, variables, launch, publishFolder);
        await host.WaitUntilListeningAsync();
        return host;
    }

    /// <summary>Starts a self-host that should refuse to start: its exit code and everything it wrote (fails the test if it listens).</summary>
    public static async Task<(int ExitCode, string Output)> StartExpectingRefusalAsync(string storage, string[] args, Dictionary<string, string> variables, SelfHostLaunch launch = SelfHostLaunch.Published, string? publishFolder = null)
    {
        await using SelfHostProcess host = Start(storage, args, variables, launch, publishFolder);

        // Its exit, and the end of both streams, then everything it wrote: it never said it listens.
        using var timeout = new CancellationTokenSource(StartWithin);
        try
        {
            await host.process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"The self-host neither started nor stopped:\n{host.Output}");
        }

        Assert.False(ListeningLine().IsMatch(host.Output), $"The self-host started where it should have refused:\n{host.Output}");
        return (host.process.ExitCode, host.Output);
    }

    public async Task<HttpResponseMessage> GetAsync(string path, string? principal, Uri? via = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, via is null ? new Uri(BaseAddress, path) : new Uri(new UriBuilder(BaseAddress) { Host = via.Host }.Uri, path));

        // From another address too the request names the self-host as a local browser would, so host filtering lets it through.
        request.Headers.Host = $"localhost:{BaseAddress.Port}";
        if (principal is not null)
        {
            request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
        }

        return await http.SendAsync(request);
    }

    /// <summary>Sends <paramref name="signal"/> (<c>-INT</c>, <c>-TERM</c>) to every process of the self-host's group, as a terminal or systemd does.</summary>
    public async Task SignalGroupAsync(string signal)
    {
        using Process kill = Process.Start("kill", [signal, "--", "-" + process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>Kills the self-host's own process (SIGKILL), as a crash or <c>kill -9</c> would: nothing it started is stopped by it.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: false);
        await process.WaitForExitAsync();
    }

    /// <summary>Whether the process has exited within <paramref name="within"/>.</summary>
    public async Task<bool> ExitsWithinAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static SelfHostProcess Start(string storage, string[] args, Dictionary<string, string> variables, SelfHostLaunch launch, string? publishFolder)
    {
        var start = new ProcessStartInfo(launch == SelfHostLaunch.SelfContained ? Path.Combine(publishFolder!, "FocalPoints.SelfHost") : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (launch == SelfHostLaunch.SelfContained)
        {
            // Nothing of the SDK or the test runner: no dotnet on the PATH, no DOTNET_ROOT, no MSBuild.
            foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("DOTNET_", StringComparison.Ordinal) || k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.Ordinal)).ToArray())
            {
                start.Environment.Remove(name);
            }

            start.Environment["PATH"] = "/nonexistent";
            start.Environment["DOTNET_ROOT"] = "/nonexistent";
        }
        else if (launch == SelfHostLaunch.DotnetRunInTerminal)
        {
            // setsid and env exec in turn: the process group's leader is dotnet run, with the same id.
            start.FileName = "setsid";
            foreach (string arg in new[] { "env", "--default-signal=INT", "dotnet" })
            {
                start.ArgumentList.Add(arg);
            }
        }

        if (launch is SelfHostLaunch.DotnetRun or SelfHostLaunch.DotnetRunInTerminal)
        {
            // bin/{Configuration}/{TargetFramework}/ under the project: run what the test's build built.
            string project = Path.GetFullPath(Path.Combine(OutputDirectory, "..", "..", ".."));
            start.ArgumentList.Add("run");
            start.ArgumentList.Add("--no-build");
            start.ArgumentList.Add("--configuration");
            start.ArgumentList.Add(new DirectoryInfo(OutputDirectory).Parent!.Name);
            start.ArgumentList.Add("--project");
            start.ArgumentList.Add(project);
            start.ArgumentList.Add("--");
        }
        else if (launch == SelfHostLaunch.Published)
        {
            start.ArgumentList.Add(Path.Combine(OutputDirectory, "FocalPoints.SelfHost.dll"));
        }

        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (string name in Inherited)
        {
            start.Environment.Remove(name);
        }

        start.Environment["SelfHost__StorageConnectionString"] = storage;
        start.Environment["SelfHost__AllowStorageEmulator"] = "true"; // Azurite in Production, for these tests only
        start.Environment["SelfHost__Engine"] = "InMemory";
        start.Environment["SelfHost__TaskHub"] = RunningHost.NewTaskHub();
        start.Environment["SelfHost__PortalDirectory"] = launch == SelfHostLaunch.SelfContained ? "portal" : RunningHost.PortalDirectory;
        foreach ((string name, string value) in variables)
        {
            start.Environment[name] = value;
        }

        var host = new SelfHostProcess(Process.Start(start)!);
        host.process.OutputDataReceived += (_, e) => host.Append(e.Data);
        host.process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        host.process.BeginOutputReadLine();
        host.process.BeginErrorReadLine();
        return host;
    }

    private void Append(string? line)
    {
        lock (output)
        {
            output.AppendLine(line);
        }

        if (line is not null && ListeningLine().Match(line) is { Success: true } said)
        {
            listening.TrySetResult(new Uri(said.Groups["address"].Value));
        }
    }

    private async Task WaitUntilListeningAsync()
    {
        // Whichever comes first: the line that says where it listens, or its exit.
        using var timeout = new CancellationTokenSource(StartWithin);
        await Task.WhenAny(listening.Task, process.WaitForExitAsync(timeout.Token));
        Assert.False(!listening.Task.IsCompleted && process.HasExited, $"The self-host stopped (exit {(process.HasExited ? process.ExitCode : 0)}):\n{Output}");
        Assert.True(listening.Task.IsCompleted, $"The self-host did not start:\n{Output}");
        ListeningOn = await listening.Task;
        bool everyInterface = IPAddress.TryParse(ListeningOn.Host.Trim('[', ']'), out IPAddress? ip) && (ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any));
        http.BaseAddress = everyInterface ? new UriBuilder(ListeningOn) { Host = "127.0.0.1" }.Uri : ListeningOn;
    }

    [GeneratedRegex(@"listening on (?<address>http://\S+?/) ")]
    private static partial Regex ListeningLine();
}
