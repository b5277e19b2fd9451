namespace FocalPoints.Infrastructure.Mail;

/// <summary>
/// Keeps sending under the mailbox's limit: never more than <c>limit</c> messages in any window of
/// <c>window</c>. A sliding log of send times rather than a token bucket or the framework's
/// segmented sliding window, because those allow short bursts above the limit at their boundaries
/// and Exchange counts every minute. Process-wide: one instance per sender mailbox.
/// </summary>
public sealed class MailPacer(int limit, TimeSpan window, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Queue<DateTimeOffset> sent = new();

    /// <summary>Waits until one more message may go, and counts it.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                DateTimeOffset now = time.GetUtcNow();
                while (sent.Count > 0 && now - sent.Peek() >= window)
                {
                    sent.Dequeue();
                }

                if (sent.Count < limit)
                {
                    sent.Enqueue(now);
                    return;
                }

                await Task.Delay(sent.Peek() + window - now, time, cancellationToken);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
