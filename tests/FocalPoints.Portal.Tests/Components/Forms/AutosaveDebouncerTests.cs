using FocalPoints.Portal.Components.Forms;

namespace FocalPoints.Portal.Tests.Components.Forms;

public sealed class AutosaveDebouncerTests
{
    private readonly List<TaskCompletionSource> waits = [];
    private int saves;

    [Fact]
    public async Task Only_the_last_of_several_quick_edits_saves()
    {
        // Arrange
        using var debouncer = new AutosaveDebouncer(Save, Delay);

        // Act: three edits; the first two waits end after being restarted
        debouncer.Touch();
        debouncer.Touch();
        debouncer.Touch();
        waits[0].TrySetResult();
        waits[1].TrySetResult();
        await Task.Yield();
        Assert.Equal(0, saves);
        waits[2].TrySetResult();
        await Task.Yield();

        // Assert
        Assert.Equal(1, saves);
        Assert.Equal(3, waits.Count);
        Assert.False(debouncer.HasPending);
    }

    [Fact]
    public async Task A_cancelled_wait_does_not_save()
    {
        using var debouncer = new AutosaveDebouncer(Save, Delay);

        debouncer.Touch();
        debouncer.Cancel();
        waits[0].TrySetResult();
        await Task.Yield();

        Assert.Equal(0, saves);
    }

    private Task Save()
    {
        saves++;
        return Task.CompletedTask;
    }

    private Task Delay(TimeSpan wait, CancellationToken token)
    {
        Assert.Equal(TimeSpan.FromSeconds(1.5), wait);
        var done = new TaskCompletionSource();
        waits.Add(done);
        return done.Task;
    }
}
