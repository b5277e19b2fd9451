using FocalPoints.Application.Ports;
using FocalPoints.Application.Strategies.HandOver;
using FocalPoints.Domain.Strategies;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace FocalPoints.Application.Tests.Strategies.HandOver;

/// <summary>The queue between a committed submission or review and its workflow event.</summary>
public sealed class HandOverDispatcherTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly Mock<IStepDocumentStore> documents = new(MockBehavior.Strict);

    private readonly Mock<IStrategyWorkflows> workflows = new(MockBehavior.Strict);

    [Fact]
    public async Task No_more_than_DeliverAtOnce_events_are_raised_at_a_time_and_every_one_is_raised_and_forgotten()
    {
        var gate = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        int inFlight = 0;
        int mostAtOnce = 0;
        var twoInFlight = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        workflows.Setup(w => w.SubmittedAsync(StrategyWorld.CycleId, It.IsAny<string>(), StrategyStep.RiskAssessment, 1, It.IsAny<CancellationToken>()))
            .Returns(async () =>
            {
                int now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref mostAtOnce, now);
                if (now == 2)
                {
                    twoInFlight.TrySetResult();
                }

                bool heard = await gate.Task;
                Interlocked.Decrement(ref inFlight);
                return heard;
            });
        var forgotten = new List<string>();
        var allForgotten = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        documents.Setup(d => d.RemovePendingEventAsync(It.IsAny<PendingWorkflowEvent>(), It.IsAny<CancellationToken>()))
            .Callback((PendingWorkflowEvent e, CancellationToken _) =>
            {
                lock (forgotten)
                {
                    forgotten.Add(e.Country);
                    if (forgotten.Count == 5)
                    {
                        allForgotten.SetResult();
                    }
                }
            })
            .Returns(Task.CompletedTask);
        HandOverDispatcher dispatcher = Dispatcher(new HandOverOptions { DeliverAtOnce = 2 });
        string[] countries = ["GHA", "KEN", "SEN", "CIV", "NGA"];
        foreach (string country in countries)
        {
            Assert.True(dispatcher.Post(Submitted(country), workflows.Object));
        }

        using var stop = new CancellationTokenSource();
        Task running = dispatcher.RunAsync(stop.Token);
        await twoInFlight.Task.WaitAsync(Patience);
        // Five are waiting and two slots are taken: a third raise would begin at once if nothing held it back.
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.Equal(2, Volatile.Read(ref inFlight));

        gate.SetResult(true);
        await allForgotten.Task.WaitAsync(Patience);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);

        Assert.Equal(2, mostAtOnce);
        Assert.Equal(countries.Order(), forgotten.Order());
        workflows.Verify(w => w.SubmittedAsync(StrategyWorld.CycleId, It.IsAny<string>(), StrategyStep.RiskAssessment, 1, It.IsAny<CancellationToken>()), Times.Exactly(5));
    }

    [Fact]
    public async Task An_event_that_cannot_be_raised_stays_stored_for_the_background_run()
    {
        var tried = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        workflows.Setup(w => w.ReviewedAsync(StrategyWorld.CycleId, "GHA", StrategyStep.RiskAssessment, 1, ReviewDecision.Approve, StrategyWorld.Now, It.IsAny<CancellationToken>()))
            .Callback(() => tried.SetResult())
            .ThrowsAsync(new InvalidOperationException("The engine is out of reach."));
        HandOverDispatcher dispatcher = Dispatcher(new HandOverOptions());

        Assert.True(dispatcher.Post(Submitted("GHA") with { Decision = ReviewDecision.Approve }, workflows.Object));
        using var stop = new CancellationTokenSource();
        Task running = dispatcher.RunAsync(stop.Token);
        await tried.Task.WaitAsync(Patience);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);

        // Not forgotten: the strict store would have failed a RemovePendingEventAsync call.
        documents.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task An_event_that_cannot_be_raised_is_tried_again_a_moment_later_and_then_forgotten()
    {
        var clock = new FakeTimeProvider(StrategyWorld.Now);
        int tries = 0;
        var firstTry = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var forgotten = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        workflows.Setup(w => w.SubmittedAsync(StrategyWorld.CycleId, "GHA", StrategyStep.RiskAssessment, 1, It.IsAny<CancellationToken>()))
            .Returns(() =>
            {
                if (Interlocked.Increment(ref tries) > 1)
                {
                    return Task.FromResult(true);
                }

                firstTry.SetResult();
                return Task.FromException<bool>(new InvalidOperationException("The engine is busy."));
            });
        documents.Setup(d => d.RemovePendingEventAsync(It.IsAny<PendingWorkflowEvent>(), It.IsAny<CancellationToken>()))
            .Callback(() => forgotten.SetResult())
            .Returns(Task.CompletedTask);
        HandOverDispatcher dispatcher = Dispatcher(new HandOverOptions { RetryAfter = TimeSpan.FromSeconds(1) }, clock);

        Assert.True(dispatcher.Post(Submitted("GHA"), workflows.Object));
        using var stop = new CancellationTokenSource();
        Task running = dispatcher.RunAsync(stop.Token);
        await firstTry.Task.WaitAsync(Patience);
        await Task.Delay(200);
        Assert.Equal(1, Volatile.Read(ref tries)); // not again at once: only once the clock has moved on
        await AdvanceUntilAsync(clock, () => forgotten.Task.IsCompleted);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);

        Assert.Equal(2, tries);
    }

    [Fact]
    public async Task After_its_retries_a_failed_event_stays_stored_for_the_background_run()
    {
        var clock = new FakeTimeProvider(StrategyWorld.Now);
        int tries = 0;
        workflows.Setup(w => w.SubmittedAsync(StrategyWorld.CycleId, "GHA", StrategyStep.RiskAssessment, 1, It.IsAny<CancellationToken>()))
            .Callback(() => Interlocked.Increment(ref tries))
            .ThrowsAsync(new InvalidOperationException("The engine is out of reach."));
        HandOverDispatcher dispatcher = Dispatcher(new HandOverOptions { RetryAfter = TimeSpan.FromSeconds(1), RetriesAtOnce = 2 }, clock);

        Assert.True(dispatcher.Post(Submitted("GHA"), workflows.Object));
        using var stop = new CancellationTokenSource();
        Task running = dispatcher.RunAsync(stop.Token);
        await AdvanceUntilAsync(clock, () => Volatile.Read(ref tries) == 3);
        await Task.Delay(200); // the third failure settles (a fourth try would register its wait now)
        clock.Advance(TimeSpan.FromMinutes(10));
        await Task.Delay(200);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);

        Assert.Equal(3, tries); // the first try and two more
        documents.VerifyNoOtherCalls(); // not forgotten: the background run delivers it
    }

    [Fact]
    public void A_full_queue_refuses_the_event_and_leaves_it_stored_for_the_background_run()
    {
        HandOverDispatcher dispatcher = Dispatcher(new HandOverOptions { QueueCapacity = 1 });

        Assert.True(dispatcher.Post(Submitted("GHA"), workflows.Object));
        Assert.False(dispatcher.Post(Submitted("KEN"), workflows.Object));

        workflows.VerifyNoOtherCalls();
        documents.VerifyNoOtherCalls();
    }

    private static PendingWorkflowEvent Submitted(string country) => new(StrategyWorld.CycleId, country, StrategyStep.RiskAssessment, 1, null, StrategyWorld.Now);

    private HandOverDispatcher Dispatcher(HandOverOptions options, TimeProvider? time = null) => new(
        new WorkflowHandOver(documents.Object, options, time ?? new FixedTime(StrategyWorld.Now), NullLogger<WorkflowHandOver>.Instance),
        options,
        time ?? new FixedTime(StrategyWorld.Now),
        NullLogger<HandOverDispatcher>.Instance);

    /// <summary>Moves the clock a second at a time (a retry's wait is registered just after its failure) until <paramref name="done"/>.</summary>
    private static async Task AdvanceUntilAsync(FakeTimeProvider clock, Func<bool> done)
    {
        var patience = System.Diagnostics.Stopwatch.StartNew();
        while (!done())
        {
            Assert.True(patience.Elapsed < Patience, "the dispatcher did not try again");
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(20);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen = Volatile.Read(ref target);
        while (value > seen)
        {
            int was = Interlocked.CompareExchange(ref target, value, seen);
            if (was == seen)
            {
                return;
            }

            seen = was;
        }
    }
}
