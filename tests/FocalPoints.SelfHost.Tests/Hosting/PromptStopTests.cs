using System.Diagnostics;
using FocalPoints.Api.Health;
using FocalPoints.SelfHost.Tests.Workflow;
using FocalPoints.Testing.Hosts;
using Xunit.Abstractions;

namespace FocalPoints.SelfHost.Tests.Hosting;

/// <summary>
/// The README's command (<c>dotnet run --project src/FocalPoints.SelfHost</c>, its own Azurite and the
/// Azure Storage engine) gives the prompt back within ten seconds of Ctrl+C or SIGTERM to its process
/// group, idle or while requests are in flight, and leaves no Azurite behind. Before the fix it took
/// 30 s (SIGTERM) or never stopped (Ctrl+C).
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class PromptStopTests(ITestOutputHelper output)
{
    private static readonly TimeSpan StopWithin = TimeSpan.FromSeconds(10);

    [Theory(Timeout = 240_000)]
    [InlineData("-INT", false)]
    [InlineData("-TERM", false)]
    [InlineData("-INT", true)]
    [InlineData("-TERM", true)]
    public async Task The_self_host_and_its_Azurite_stop_within_ten_seconds_of_a_signal_to_their_group(string signal, bool underLoad)
    {
        string data = Path.Combine(Path.GetTempPath(), "focalpoints-stop-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using SelfHostProcess host = await SelfHostProcess.StartAsync(string.Empty, ["--urls", "http://127.0.0.1:0"], new()
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["SelfHost__Engine"] = "AzureStorage",
                ["SelfHost__DataDirectory"] = data,
            }, SelfHostLaunch.DotnetRunInTerminal);
            Assert.True(AzuriteRunsOn(data), "The self-host did not start its own Azurite.");

            using var load = new CancellationTokenSource();
            Task[] clients = underLoad ? [.. Enumerable.Range(0, 6).Select(i => LoadAsync(host, i % 2 == 0 ? HealthProbes.Ready : "/api/members", load.Token))] : [];
            if (underLoad)
            {
                await Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None); // let the requests pile up: the stop is measured under them
            }

            var clock = Stopwatch.StartNew();
            await host.SignalGroupAsync(signal);
            bool stopped = await host.ExitsWithinAsync(StopWithin);
            output.WriteLine($"{signal}{(underLoad ? " under load" : string.Empty)}: {(stopped ? $"stopped after {clock.Elapsed.TotalSeconds:0.0} s" : "still running")}");
            await load.CancelAsync();
            await Task.WhenAll(clients);

            Assert.True(stopped, $"The self-host was still running {StopWithin.TotalSeconds} s after {signal}:\n{host.Output}");
            Assert.True(await WaitAsync(() => !AzuriteRunsOn(data), TimeSpan.FromSeconds(2)), "Azurite outlived the self-host.");
        }
        finally
        {
            TryDelete(data);
        }
    }

    /// <summary>Requests one after another until cancelled; failures are expected once the host stops.</summary>
    private static async Task LoadAsync(SelfHostProcess host, string path, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                using HttpResponseMessage _ = await host.GetAsync(path, NetworkScenario.Coordinator);
            }
            catch (HttpRequestException)
            {
                await Task.Delay(50, CancellationToken.None);
            }
            catch (TaskCanceledException)
            {
                // the client's own timeout while the host stops
            }
        }
    }

    /// <summary>Whether a node process serves <paramref name="data"/> (read from /proc: the command lines of every process).</summary>
    internal static bool AzuriteRunsOn(string data) =>
        Directory.EnumerateDirectories("/proc").Any(p =>
        {
            try
            {
                string commandLine = File.ReadAllText(Path.Combine(p, "cmdline"));
                return commandLine.Contains("azurite", StringComparison.Ordinal) && commandLine.Contains(data, StringComparison.Ordinal);
            }
            catch (IOException)
            {
                return false;
            }
            catch (UnauthorizedAccessException)
            {
                return false;
            }
        });

    internal static async Task<bool> WaitAsync(Func<bool> condition, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > within)
            {
                return false;
            }

            await Task.Delay(100, CancellationToken.None);
        }

        return true;
    }

    internal static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the temp folder is the OS's to clean.
        }
    }
}
