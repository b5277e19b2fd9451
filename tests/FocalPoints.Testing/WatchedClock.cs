using Microsoft.Extensions.Time.Testing;

namespace FocalPoints.Testing;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that tells when code starts waiting on it: every timer created on
/// it (a <c>Task.Delay</c> on this clock, a retry's pause, a pacer's wait) is counted and announced
/// with the moment it is due. A test waits for the code to be waiting, the thing itself, and then
/// moves the clock to that moment; it never sleeps, and nothing happens late on a slow machine.
/// </summary>
public sealed class WatchedClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Lock gate = new();
    private readonly List<TaskCompletionSource<DateTimeOffset>> timers = [];
    private int created;

    /// <summary>How many timers have been created so far.</summary>
    public int TimersCreated
    {
        get
        {
            lock (gate)
            {
                return created;
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ITimer timer = base.CreateTimer(callback, state, dueTime, period);
        TaskCompletionSource<DateTimeOffset> announced;
        lock (gate)
        {
            announced = Slot(created++);
        }

        announced.SetResult(GetUtcNow() + dueTime);
        return timer;
    }

    /// <summary>Completes when the <paramref name="number"/>th timer (from 1) has been created, with the moment it is due.</summary>
    public Task<DateTimeOffset> TimerAsync(int number)
    {
        lock (gate)
        {
            return Slot(number - 1).Task;
        }
    }

    private TaskCompletionSource<DateTimeOffset> Slot(int index)
    {
        while (timers.Count <= index)
        {
            timers.Add(new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        return timers[index];
    }
}
