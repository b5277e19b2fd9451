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

    [Fact]
    public async Task Flushing_saves_a_waiting_edit_at_once_and_nothing_when_none_waits()
    {
        // Arrange
        using var debouncer = new AutosaveDebouncer(Save, Delay);
        await debouncer.FlushAsync();
        Assert.Equal(0, saves);
        debouncer.Touch();

        // Act
        await debouncer.FlushAsync();
        waits[0].TrySetResult();
        await Task.Yield();

        // Assert: saved once, by the flush, not again when the wait ends
        Assert.Equal(1, saves);
        Assert.False(debouncer.HasPending);
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
