namespace FocalPoints.Portal.Components.Forms;

/// <summary>
/// Saves a draft once the person has stopped editing for <see cref="Wait"/>: every edit restarts the
/// wait. The delay is injected, so tests decide when time has passed instead of sleeping.
/// </summary>
public sealed class AutosaveDebouncer(Func<Task> save, Func<TimeSpan, CancellationToken, Task>? delay = null) : IDisposable
{
    private readonly Func<TimeSpan, CancellationToken, Task> delay = delay ?? Task.Delay;
    private CancellationTokenSource? pending;

    /// <summary>How long after the last edit the draft is saved.</summary>
    public TimeSpan Wait { get; init; } = TimeSpan.FromSeconds(1.5);

    /// <summary>Whether an edit is waiting to be saved.</summary>
    public bool HasPending => pending is not null;

    /// <summary>An edit happened: (re)start the wait.</summary>
    public void Touch()
    {
        Cancel();
        var source = new CancellationTokenSource();
        pending = source;
        _ = RunAsync(source);
    }

    /// <summary>Forget a waiting save (the person saved or submitted by hand).</summary>
    public void Cancel()
    {
        pending?.Cancel();
        pending?.Dispose();
        pending = null;
    }

    /// <summary>Save a waiting edit now instead of after the wait (the person is leaving the page).</summary>
    public Task FlushAsync()
    {
        if (pending is null)
        {
            return Task.CompletedTask;
        }

        Cancel();
        return save();
    }

    public void Dispose() => Cancel();

    private async Task RunAsync(CancellationTokenSource source)
    {
        try
        {
            await delay(Wait, source.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (source.IsCancellationRequested || !ReferenceEquals(pending, source))
        {
            return;
        }

        pending = null;
        source.Dispose();
        await save();
    }
}
