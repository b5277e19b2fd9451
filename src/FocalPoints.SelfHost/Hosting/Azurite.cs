using System.Diagnostics;
using System.Text.RegularExpressions;

namespace FocalPoints.SelfHost.Hosting;

/// <summary>
/// Azurite, the Azure Storage emulator, as a child process on 127.0.0.1 with telemetry off. It is
/// installed from the repository's package-lock.json (<c>npm ci</c>) when missing, and stops when
/// this object is disposed, after the host: a terminal's Ctrl+C and systemd's stop reach every
/// process of the group, and an Azurite that closed at once left the host's last storage calls to
/// time out (30 s to stop). <c>azurite-guard.cjs</c>, loaded first, makes it ignore those signals,
/// close on <see cref="StopSignal"/>, and close on its own when the host is gone (killed).
/// </summary>
public sealed partial class Azurite : IAsyncDisposable
{
    private readonly Process process;

    private Azurite(Process process, int blobPort, int queuePort, int tablePort)
    {
        this.process = process;
        ConnectionString =
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
            $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;" +
            $"QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";
    }

    /// <summary>The connection string of this Azurite's well-known development account.</summary>
    public string ConnectionString { get; }

    /// <summary>Starts Azurite with its data in <paramref name="dataDirectory"/>, on free ports unless given.</summary>
    public static async Task<Azurite> StartAsync(string dataDirectory, ILogger logger, int? blobPort = null, CancellationToken cancellationToken = default)
    {
        string root = RepositoryRoot.Find();
        string script = Path.Combine(root, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
        {
            LogInstalling(logger, root);
            await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], root, cancellationToken);
        }

        Directory.CreateDirectory(dataDirectory);

        // Port 0 lets each service take a free port itself and say which in its start-up line:
        // choosing ports here and passing them in races other processes starting at the same time.
        int requested = blobPort ?? 0;
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[]
        {
            "--require", Path.Combine(AppContext.BaseDirectory, "Hosting", "azurite-guard.cjs"),
            script, "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--loose",
            "--location", dataDirectory,
            "--blobHost", "127.0.0.1", "--blobPort", Port(requested, 0),
            "--queueHost", "127.0.0.1", "--queuePort", Port(requested, 1),
            "--tableHost", "127.0.0.1", "--tablePort", Port(requested, 2),
        })
        {
            start.ArgumentList.Add(arg);
        }

        var listening = new Dictionary<string, TaskCompletionSource<int>>
        {
            ["Blob"] = new(TaskCreationOptions.RunContinuationsAsynchronously),
            ["Queue"] = new(TaskCreationOptions.RunContinuationsAsynchronously),
            ["Table"] = new(TaskCreationOptions.RunContinuationsAsynchronously),
        };
        Process process = Process.Start(start) ?? throw new InvalidOperationException("Could not start Azurite (node).");
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null && ListeningLine().Match(e.Data) is { Success: true } match)
            {
                listening[match.Groups["service"].Value].TrySetResult(int.Parse(match.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                LogAzuriteError(logger, e.Data);
            }
        };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) =>
        {
            foreach (TaskCompletionSource<int> service in listening.Values)
            {
                service.TrySetException(new InvalidOperationException("Azurite exited before it was listening."));
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        int[] ports;
        try
        {
            ports = await Task.WhenAll(listening.Values.Select(l => l.Task)).WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        }
        catch
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.Dispose();
            throw;
        }

        var azurite = new Azurite(process, ports[0], ports[1], ports[2]);
        LogStarted(logger, ports[0], ports[1], ports[2], dataDirectory);
        return azurite;
    }

    /// <summary>How long Azurite gets to save its data and close after being asked to stop.</summary>
    public static readonly TimeSpan StopWithin = TimeSpan.FromSeconds(10);

    /// <summary>The signal the guard closes Azurite on (it ignores SIGINT and SIGTERM, which the whole group gets).</summary>
    public const string StopSignal = "-USR2";

    /// <summary>
    /// Stops Azurite the way Ctrl+C would stop it alone (<see cref="StopSignal"/>: it saves its data and closes),
    /// so that nothing answered before the stop is lost; killed if it has not exited within <see cref="StopWithin"/>.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            if (!OperatingSystem.IsWindows() && await SignalAsync(StopSignal))
            {
                using var patience = new CancellationTokenSource(StopWithin);
                try
                {
                    await process.WaitForExitAsync(patience.Token);
                }
                catch (OperationCanceledException)
                {
                    // Still running: killed below.
                }
            }

            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        process.Dispose();
    }

    /// <summary>
    /// Sends Azurite a signal with the system's <c>kill</c> (<see cref="StopSignal"/> to stop it; a test's
    /// <c>-STOP</c>/<c>-CONT</c> to freeze it); <c>false</c> when it could not be sent.
    /// </summary>
    public async Task<bool> SignalAsync(string signal)
    {
        try
        {
            using Process kill = Process.Start("kill", [signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
            return kill.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no kill command (Windows): the caller decides what then
        }
    }

    private static string Port(int requested, int offset) =>
        (requested == 0 ? 0 : requested + offset).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Azurite (?<service>Blob|Queue|Table) service is successfully listening at http://127\.0\.0\.1:(?<port>\d+)")]
    private static partial Regex ListeningLine();

    private static async Task RunAsync(string file, string[] args, string directory, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = directory, UseShellExecute = false };
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed with exit code {process.ExitCode}.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Installing Azurite with npm ci in {Root}")]
    private static partial void LogInstalling(ILogger logger, string root);

    [LoggerMessage(Level = LogLevel.Information, Message = "Azurite listening on 127.0.0.1 (blob {Blob}, queue {Queue}, table {Table}), data in {Data}")]
    private static partial void LogStarted(ILogger logger, int blob, int queue, int table, string data);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Azurite: {Line}")]
    private static partial void LogAzuriteError(ILogger logger, string line);
}
