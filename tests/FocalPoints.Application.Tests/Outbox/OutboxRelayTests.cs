using System.Threading.Channels;
using FocalPoints.Application.Outbox;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Tests.Strategies;
using FocalPoints.Domain.Strategies;
using FocalPoints.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace FocalPoints.Application.Tests.Outbox;

/// <summary>The queue between a committed submission or review and its workflow event.</summary>
public sealed class OutboxRelayTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly Mock<IStepDocumentStore> documents = new(MockBehavior.Strict);

    private readonly Mock<IStrategyWorkflows> workflows = new(MockBehavior.Strict);

    [Fact]
    public async Task No_more_than_DeliverAtOnce_events_are_raised_at_a_time_and_every_one_is_raised_and_forgotten()
    {
        // Every raise is held until the test lets it go, the oldest first: with two slots, the third
        // may begin only after one has been let go, and so on. Each beginning notes how many were in flight.
        string[] countries = ["GHA", "KEN", "SEN", "CIV", "NGA"];
        Dictionary<string, TaskCompletionSource<bool>> release = countries.ToDictionary(c => c, _ => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        var begun = Channel.CreateUnbounded<(string Country, int InFlight, int Released)>();
        int inFlight = 0;
        int released = 0;
        workflows.Setup(w => w.SubmittedAsync(StrategyWorld.CycleId, It.IsAny<string>(), StrategyStep.RiskAssessment, 1, It.IsAny<CancellationToken>()))
            .Returns(async (string _, string country, StrategyStep _, int _, CancellationToken _) =>
            {
                begun.Writer.TryWrite((country, Interlocked.Increment(ref inFlight), Volatile.Read(ref released)));
                bool heard = await release[country].Task;
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
                    if (forgotten.Count == countries.Length)
                    {
                        allForgotten.SetResult();
                    }
                }
            })
            .Returns(Task.CompletedTask);
        OutboxRelay relay = Relay(new OutboxOptions { DeliverAtOnce = 2 });
        foreach (string country in countries)
        {
            Assert.True(relay.Post(Submitted(country), workflows.Object));
        }

        using var stop = new CancellationTokenSource();
        Task running = relay.RunAsync(stop.Token);
        var order = new List<(string Country, int InFlight, int Released)>
        {
            await begun.Reader.ReadAsync().AsTask().WaitAsync(Patience),
            await begun.Reader.ReadAsync().AsTask().WaitAsync(Patience),
        };
        for (int next = 0; next < countries.Length; next++)
        {
            Interlocked.Increment(ref released);
            release[order[next].Country].SetResult(true);
            if (order.Count < countries.Length)
            {
                order.Add(await begun.Reader.ReadAsync().AsTask().WaitAsync(Patience));
            }
        }

        await allForgotten.Task.WaitAsync(Patience);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);

        // The first two began at once; each later one only once one more had been let go, with two in flight.
        Assert.Equal([(0, 1), (0, 2)], order.Take(2).Select(b => (b.Released, b.InFlight)).Order());
        Assert.Equal([(1, 2), (2, 2), (3, 2)], order.Skip(2).Select(b => (b.Released, b.InFlight)));
        Assert.Equal(countries.Order(), order.Select(b => b.Country).Order());
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
        OutboxRelay relay = Relay(new OutboxOptions());

        Assert.True(relay.Post(Submitted("GHA") with { Decision = ReviewDecision.Approve }, workflows.Object));
        using var stop = new CancellationTokenSource();
        Task running = relay.RunAsync(stop.Token);
        await tried.Task.WaitAsync(Patience);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);

        // Not forgotten: the strict store would have failed a RemovePendingEventAsync call.
        documents.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task An_event_that_cannot_be_raised_is_tried_again_a_moment_later_and_then_forgotten()
    {
        var clock = new WatchedClock(StrategyWorld.Now);
        int tries = 0;
        var forgotten = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        workflows.Setup(w => w.SubmittedAsync(StrategyWorld.CycleId, "GHA", StrategyStep.RiskAssessment, 1, It.IsAny<CancellationToken>()))
            .Returns(() => Interlocked.Increment(ref tries) > 1
                ? Task.FromResult(true)
                : Task.FromException<bool>(new InvalidOperationException("The engine is busy.")));
        documents.Setup(d => d.RemovePendingEventAsync(It.IsAny<PendingWorkflowEvent>(), It.IsAny<CancellationToken>()))
            .Callback(() => forgotten.SetResult())
            .Returns(Task.CompletedTask);
        OutboxRelay relay = Relay(new OutboxOptions { RetryAfter = TimeSpan.FromSeconds(1) }, clock);

        Assert.True(relay.Post(Submitted("GHA"), workflows.Object));
        using var stop = new CancellationTokenSource();
        Task running = relay.RunAsync(stop.Token);

        // The failed try waits on the clock (or, wrongly, is tried again at once and forgotten).
        Task<DateTimeOffset> retry = clock.TimerAsync(1);
        await Task.WhenAny(retry, forgotten.Task).WaitAsync(Patience);
        Assert.Equal(1, Volatile.Read(ref tries)); // not again at once: only once the clock has moved on
        Assert.Equal(StrategyWorld.Now + TimeSpan.FromSeconds(1), (await retry).UtcDateTime);
        Assert.False(relay.IsIdle); // still in hand while it waits for its next try
        clock.SetUtcNow(await retry);
        await forgotten.Task.WaitAsync(Patience);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);

        Assert.Equal(2, tries);
        Assert.True(relay.IsIdle);
        Assert.Equal(1, clock.TimersCreated);
    }

    [Fact]
    public async Task After_its_retries_a_failed_event_stays_stored_for_the_background_run()
    {
        var clock = new WatchedClock(StrategyWorld.Now);
        OutboxRelay relay = Relay(new OutboxOptions { RetryAfter = TimeSpan.FromSeconds(1), RetriesAtOnce = 2, DeliverAtOnce = 1 }, clock);
        int tries = 0;
        workflows.Setup(w => w.SubmittedAsync(StrategyWorld.CycleId, "GHA", StrategyStep.RiskAssessment, 1, It.IsAny<CancellationToken>()))
            .Callback(() =>
            {
                if (Interlocked.Increment(ref tries) == 3)
                {
                    // Queued behind the last try in the one slot: by the time it is raised, that try has
                    // ended and set its next wait on the clock, if it was going to.
                    Assert.True(relay.Post(Submitted("KEN"), workflows.Object));
                }
            })
            .ThrowsAsync(new InvalidOperationException("The engine is out of reach."));
        workflows.Setup(w => w.SubmittedAsync(StrategyWorld.CycleId, "KEN", StrategyStep.RiskAssessment, 1, It.IsAny<CancellationToken>())).ReturnsAsync(true);
        var behind = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        documents.Setup(d => d.RemovePendingEventAsync(It.Is<PendingWorkflowEvent>(e => e.Country == "KEN"), It.IsAny<CancellationToken>()))
            .Callback(() => behind.SetResult())
            .Returns(Task.CompletedTask);

        Assert.True(relay.Post(Submitted("GHA"), workflows.Object));
        using var stop = new CancellationTokenSource();
        Task running = relay.RunAsync(stop.Token);
        for (int wait = 1; wait <= 2; wait++)
        {
            clock.SetUtcNow(await clock.TimerAsync(wait).WaitAsync(Patience));
        }

        await behind.Task.WaitAsync(Patience);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);

        Assert.Equal(3, tries); // the first try and two more
        Assert.Equal(2, clock.TimersCreated); // and no wait for a fourth
        Assert.True(relay.IsIdle); // left to the background run, no longer in hand
        documents.Verify(d => d.RemovePendingEventAsync(It.Is<PendingWorkflowEvent>(e => e.Country == "GHA"), It.IsAny<CancellationToken>()), Times.Never); // not forgotten: the background run delivers it
    }

    [Fact]
    public void A_full_queue_refuses_the_event_and_leaves_it_stored_for_the_background_run()
    {
        OutboxRelay relay = Relay(new OutboxOptions { QueueCapacity = 1 });

        Assert.True(relay.Post(Submitted("GHA"), workflows.Object));
        Assert.False(relay.Post(Submitted("KEN"), workflows.Object));
        Assert.False(relay.IsIdle); // the one queued

        workflows.VerifyNoOtherCalls();
        documents.VerifyNoOtherCalls();
    }

    private static PendingWorkflowEvent Submitted(string country) => new(StrategyWorld.CycleId, country, StrategyStep.RiskAssessment, 1, null, StrategyWorld.Now);

    private OutboxRelay Relay(OutboxOptions options, TimeProvider? time = null) => new(
        new WorkflowEventOutbox(documents.Object, options, time ?? new FixedTime(StrategyWorld.Now), NullLogger<WorkflowEventOutbox>.Instance),
        options,
        time ?? new FixedTime(StrategyWorld.Now),
        NullLogger<OutboxRelay>.Instance);
}
