using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace FocalPoints.SelfHost.Hosting;

/// <summary>
/// Azurite, the Azure Storage emulator, as a child process on 127.0.0.1 with telemetry off. It is
/// installed from the repository's package-lock.json (<c>npm ci</c>) when missing, and stops when
/// this object is disposed.
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
        int blob = blobPort ?? FreePort();
        int queue = blobPort is int b ? b + 1 : FreePort();
        int table = blobPort is int c ? c + 2 : FreePort();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[]
        {
            script, "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--loose",
            "--location", dataDirectory,
            "--blobHost", "127.0.0.1", "--blobPort", blob.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", queue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--tableHost", "127.0.0.1", "--tablePort", table.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(arg);
        }

        Process process = Process.Start(start) ?? throw new InvalidOperationException("Could not start Azurite (node).");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                LogAzuriteError(logger, e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new Azurite(process, blob, queue, table);
        foreach (int port in new[] { blob, queue, table })
        {
            await WaitForPortAsync(port, process, cancellationToken);
        }

        LogStarted(logger, blob, queue, table, dataDirectory);
        return azurite;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    /// <summary>A TCP port free on loopback at the moment of asking.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForPortAsync(int port, Process process, CancellationToken cancellationToken)
    {
        for (int attempt = 0; attempt < 300; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} before listening on {port}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }

        throw new TimeoutException($"Azurite did not listen on port {port} within 30 seconds.");
    }

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
