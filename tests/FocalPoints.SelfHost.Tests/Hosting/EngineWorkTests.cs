using DurableTask.Core;
using DurableTask.Core.History;
using FocalPoints.SelfHost.Hosting;
using Moq;

namespace FocalPoints.SelfHost.Tests.Hosting;

/// <summary>
/// The engine's ledger, step by step on a stand-in service: every message sent is work until an
/// episode takes it, every episode and activity until it ends, a timer once it is due; messages to a
/// finished instance are dropped by the engine and forgotten here.
/// </summary>
public sealed class EngineWorkTests
{
    private const string Instance = "strategy:c:GHA";

    private readonly Mock<IOrchestrationService> service = new();

    public EngineWorkTests()
    {
        Client.Setup(c => c.GetOrchestrationStateAsync(It.IsAny<string>(), It.IsAny<string>()))
            .ReturnsAsync((string id, string _) => new OrchestrationState { OrchestrationInstance = new OrchestrationInstance { InstanceId = id }, OrchestrationStatus = Status });
    }

    private Mock<IOrchestrationServiceClient> Client => service.As<IOrchestrationServiceClient>();

    private OrchestrationStatus Status { get; set; } = OrchestrationStatus.Running;

    private static TaskMessage Message(HistoryEvent e, string instance = Instance) => new() { Event = e, OrchestrationInstance = new OrchestrationInstance { InstanceId = instance } };

    private static TaskMessage Raised(string instance = Instance) => Message(new EventRaisedEvent(-1, "{}") { Name = "Submitted" }, instance);

    private EngineWork Work() => new(service.Object);

    private async Task EpisodeAsync(EngineWork work, params TaskMessage[] taken)
    {
        var item = new TaskOrchestrationWorkItem { InstanceId = Instance, NewMessages = taken };
        service.Setup(s => s.LockNextTaskOrchestrationWorkItemAsync(It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).ReturnsAsync(item);
        Assert.Same(item, await work.LockNextTaskOrchestrationWorkItemAsync(TimeSpan.Zero, CancellationToken.None));
        Assert.False(await work.IsIdleAsync(CancellationToken.None)); // the episode runs
        await work.ReleaseTaskOrchestrationWorkItemAsync(item);
    }

    [Fact]
    public async Task A_raised_event_is_work_until_an_episode_has_taken_it_and_ended()
    {
        EngineWork work = Work();
        Assert.True(await work.IsIdleAsync(CancellationToken.None));

        await work.SendTaskOrchestrationMessageAsync(Raised());
        Assert.False(await work.IsIdleAsync(CancellationToken.None));

        await EpisodeAsync(work, Raised());
        Assert.True(await work.IsIdleAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_activity_is_work_from_its_scheduling_through_its_result_to_the_episode_that_takes_the_result()
    {
        EngineWork work = Work();
        var scheduled = Message(new TaskScheduledEvent(0, "NotifyActivity"));
        await work.CompleteTaskOrchestrationWorkItemAsync(new TaskOrchestrationWorkItem { InstanceId = Instance }, null!, [scheduled], [], [], null!, null!);
        Assert.False(await work.IsIdleAsync(CancellationToken.None)); // queued

        var item = new TaskActivityWorkItem { Id = "1", TaskMessage = scheduled };
        service.Setup(s => s.LockNextTaskActivityWorkItem(It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).ReturnsAsync(item);
        await work.LockNextTaskActivityWorkItem(TimeSpan.Zero, CancellationToken.None);
        Assert.False(await work.IsIdleAsync(CancellationToken.None)); // running

        TaskMessage result = Message(new TaskCompletedEvent(-1, 0, "true"));
        await work.CompleteTaskActivityWorkItemAsync(item, result);
        Assert.False(await work.IsIdleAsync(CancellationToken.None)); // its result waits for the orchestration

        await EpisodeAsync(work, result);
        Assert.True(await work.IsIdleAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_timer_is_work_once_it_is_due_and_until_an_episode_takes_it()
    {
        EngineWork work = Work();
        TaskMessage later = Message(new TimerFiredEvent(-1, DateTime.UtcNow.AddDays(30)) { TimerId = 1 });
        TaskMessage due = Message(new TimerFiredEvent(-1, DateTime.UtcNow.AddSeconds(-1)) { TimerId = 2 });

        await work.CompleteTaskOrchestrationWorkItemAsync(new TaskOrchestrationWorkItem { InstanceId = Instance }, null!, [], [], [later], null!, null!);
        Assert.True(await work.IsIdleAsync(CancellationToken.None)); // set for later: not work yet

        await work.CompleteTaskOrchestrationWorkItemAsync(new TaskOrchestrationWorkItem { InstanceId = Instance }, null!, [], [], [due], null!, null!);
        Assert.False(await work.IsIdleAsync(CancellationToken.None));

        await EpisodeAsync(work, due);
        Assert.True(await work.IsIdleAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_abandoned_episode_gives_its_messages_back_as_work()
    {
        EngineWork work = Work();
        await work.SendTaskOrchestrationMessageAsync(Raised());
        var item = new TaskOrchestrationWorkItem { InstanceId = Instance, NewMessages = [Raised()] };
        service.Setup(s => s.LockNextTaskOrchestrationWorkItemAsync(It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).ReturnsAsync(item);
        await work.LockNextTaskOrchestrationWorkItemAsync(TimeSpan.Zero, CancellationToken.None);

        await work.AbandonTaskOrchestrationWorkItemAsync(item);
        await work.ReleaseTaskOrchestrationWorkItemAsync(item);

        Assert.False(await work.IsIdleAsync(CancellationToken.None));
        await EpisodeAsync(work, Raised());
        Assert.True(await work.IsIdleAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Messages_to_a_finished_instance_are_forgotten_but_a_start_of_one_is_work()
    {
        EngineWork work = Work();
        Status = OrchestrationStatus.Completed;

        await work.SendTaskOrchestrationMessageAsync(Raised());
        Assert.True(await work.IsIdleAsync(CancellationToken.None)); // the engine drops it

        await work.CreateTaskOrchestrationAsync(Message(new ExecutionStartedEvent(-1, "{}") { Name = "StrategyOrchestrator" }));
        Assert.False(await work.IsIdleAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_message_the_engine_refused_is_not_work()
    {
        EngineWork work = Work();
        Client.Setup(c => c.SendTaskOrchestrationMessageAsync(It.IsAny<TaskMessage>())).ThrowsAsync(new InvalidOperationException("The engine is stopping."));

        await Assert.ThrowsAsync<InvalidOperationException>(() => work.SendTaskOrchestrationMessageAsync(Raised()));

        Assert.True(await work.IsIdleAsync(CancellationToken.None));
    }
}
