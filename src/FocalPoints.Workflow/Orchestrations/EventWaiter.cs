using Microsoft.DurableTask;

namespace FocalPoints.Workflow.Orchestrations;

/// <summary>
/// Waits for an external event that <paramref name="accept"/>s, racing durable timers. The event
/// task is created once and kept across timer rounds (durabletask-dotnet issue 508: a timed-out or
/// cancelled waiter can swallow the next event); only timers are cancelled. An event that is not
/// accepted (a repeat raised by a retried request) is passed over and the wait goes on.
/// </summary>
internal sealed class EventWaiter<T>(TaskOrchestrationContext context, string name, Func<T, bool> accept)
    where T : class
{
    private Task<T> next = context.WaitForExternalEvent<T>(name);

    /// <summary>The accepted event if it comes before <paramref name="atUtc"/>; <c>null</c> once that time has come.</summary>
    public async Task<T?> BeforeAsync(DateTime atUtc)
    {
        while (true)
        {
            using var timerCancellation = new CancellationTokenSource();
            Task timer = context.CreateTimer(atUtc, timerCancellation.Token);
            if (await Task.WhenAny(next, timer) == timer)
            {
                return null;
            }

            // Cancel synchronously: the orchestrator must stay on its own thread (CancelAsync would not).
#pragma warning disable CA1849
            timerCancellation.Cancel();
#pragma warning restore CA1849
            if (await TakeAsync() is T accepted)
            {
                return accepted;
            }
        }
    }

    /// <summary>The next accepted event, however long it takes.</summary>
    public async Task<T> NextAsync()
    {
        while (true)
        {
            if (await TakeAsync() is T accepted)
            {
                return accepted;
            }
        }
    }

    // A new waiter only after a passed-over event: a spare one left behind would take the next
    // event of this name from whoever waits for it later (a reopened step's next submission).
    private async Task<T?> TakeAsync()
    {
        T signal = await next;
        if (accept(signal))
        {
            return signal;
        }

        next = context.WaitForExternalEvent<T>(name);
        return null;
    }
}
