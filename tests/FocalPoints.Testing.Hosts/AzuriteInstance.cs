using FocalPoints.SelfHost.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace FocalPoints.Testing.Hosts;

/// <summary>A private Azurite on free loopback ports with its data in a temporary folder, for one test class.</summary>
public sealed class AzuriteInstance : IAsyncDisposable
{
    private readonly Azurite azurite;
    private readonly string directory;

    private AzuriteInstance(Azurite azurite, string directory)
    {
        this.azurite = azurite;
        this.directory = directory;
    }

    public string ConnectionString => azurite.ConnectionString;

    /// <summary>
    /// Freezes Azurite (SIGSTOP) as an outage would: connections are accepted by the kernel and
    /// never answered. <see cref="IAsyncDisposable.DisposeAsync"/> of the result thaws it (SIGCONT).
    /// </summary>
    public async Task<IAsyncDisposable> FreezeAsync()
    {
        await SignalAsync("-STOP");
        return new Thaw(this);
    }

    private async Task SignalAsync(string signal)
    {
        if (!await azurite.SignalAsync(signal))
        {
            throw new InvalidOperationException($"kill {signal} could not be sent to Azurite.");
        }
    }

    public static async Task<AzuriteInstance> StartAsync()
    {
        string directory = Path.Combine(Path.GetTempPath(), "focalpoints-azurite-" + Guid.NewGuid().ToString("N"));
        return new AzuriteInstance(await Azurite.StartAsync(directory, NullLogger.Instance), directory);
    }

    public async ValueTask DisposeAsync()
    {
        await azurite.DisposeAsync();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the temp folder is the OS's to clean.
        }
    }

    private sealed class Thaw(AzuriteInstance owner) : IAsyncDisposable
    {
        private int thawed;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref thawed, 1) == 0)
            {
                await owner.SignalAsync("-CONT");
            }
        }
    }
}
