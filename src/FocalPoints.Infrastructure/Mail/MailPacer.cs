namespace FocalPoints.Infrastructure.Mail;

/// <summary>
/// Keeps sending under the mailbox's limit as Exchange sees it: never more than <c>limit</c>
/// messages arriving in any window of <c>window</c>. Sends go one at a time and each is counted from
/// when it *finished* (Graph has received it by then), and the next may start only when the send
/// <c>limit</c> places back is a whole window old; so arrivals, not just departures, keep the pace.
/// A sliding log rather than a token bucket or the framework's segmented window, which allow bursts
/// at their boundaries. Process-wide: one instance per sender mailbox.
/// </summary>
public sealed class MailPacer(int limit, TimeSpan window, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Queue<DateTimeOffset> finished = new();

    /// <summary>Runs <paramref name="send"/> when the pace allows, and counts it.</summary>
    public async Task SendAsync(Func<Task> send, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                DateTimeOffset now = time.GetUtcNow();
                while (finished.Count > 0 && now - finished.Peek() >= window)
                {
                    finished.Dequeue();
                }

                if (finished.Count < limit)
                {
                    break;
                }

                await Task.Delay(finished.Peek() + window - now, time, cancellationToken);
            }

            try
            {
                await send();
            }
            finally
            {
                finished.Enqueue(time.GetUtcNow());
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
