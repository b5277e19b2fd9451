using FocalPoints.Application.Cycles;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Tests.Strategies;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;
using Moq;

namespace FocalPoints.Application.Tests.Cycles;

public class OpenCycleTests
{
    private static readonly CycleInput Cycle = new("c2027", "Cycle 2027", ["GHA", "DNK"], new ScheduleInput("P60D", "P14D", ["P7D", "P1D"], "P7D", "P14D"));

    [Fact]
    public async Task A_country_missing_from_the_directory_is_invalid_and_nothing_is_opened()
    {
        var directory = new Mock<IDirectoryStore>(MockBehavior.Strict);
        directory.Setup(d => d.ListMembersAsync(It.IsAny<CancellationToken>())).ReturnsAsync([new Member("GHA", "Ghana", RegionalGroup.AfricanStates, [])]);
        var cycles = new Mock<ICycleStore>(MockBehavior.Strict);
        var strategies = new Mock<IStrategyRepository>(MockBehavior.Strict);
        var workflows = new Mock<IStrategyWorkflows>(MockBehavior.Strict);

        Outcome<OpenedCycle> outcome = await new OpenCycle(directory.Object, cycles.Object, strategies.Object, ScheduleBounds.ForPeople, new FixedTime(StrategyWorld.Now))
            .ExecuteAsync(new OpenCycleCommand(StrategyWorld.Coordinator, _ => Task.FromResult<Outcome<CycleInput>>(Cycle)), workflows.Object, CancellationToken.None);

        Assert.Equal(["DNK is not in the network directory; register it first."], Assert.IsType<Invalid>(outcome.Failure).Errors.ToDictionary()["$.countries[1]"]);
        cycles.VerifyNoOtherCalls();
        strategies.VerifyNoOtherCalls();
        workflows.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Each_countrys_strategy_is_started_by_the_domain_named_as_the_directory_registers_it_and_added_through_the_repository_before_its_workflow()
    {
        var directory = new Mock<IDirectoryStore>(MockBehavior.Strict);
        directory.Setup(d => d.ListMembersAsync(It.IsAny<CancellationToken>())).ReturnsAsync(
            [new Member("GHA", "Republic of Ghana", RegionalGroup.AfricanStates, []), new Member("DNK", "Denmark", RegionalGroup.WesternEuropeanAndOtherStates, [])]);
        var cycles = new Mock<ICycleStore>(MockBehavior.Strict);
        cycles.Setup(c => c.TryAddCycleAsync(It.IsAny<CycleRecord>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        var order = new List<string>();
        IReadOnlyList<StrategyProgress>? started = null;
        var strategies = new Mock<IStrategyRepository>(MockBehavior.Strict);
        strategies.Setup(s => s.AddMissingAsync(It.IsAny<IReadOnlyList<StrategyProgress>>(), It.IsAny<CancellationToken>()))
            .Callback((IReadOnlyList<StrategyProgress> s, CancellationToken _) =>
            {
                started = s;
                order.Add("strategies");
            })
            .Returns(Task.CompletedTask);
        var workflows = new Mock<IStrategyWorkflows>(MockBehavior.Strict);
        workflows.Setup(w => w.StartAsync(It.IsAny<StrategyWorkflowInput>(), It.IsAny<CancellationToken>()))
            .Callback((StrategyWorkflowInput input, CancellationToken _) =>
            {
                lock (order)
                {
                    order.Add(input.Country);
                }
            })
            .ReturnsAsync(true);

        Outcome<OpenedCycle> outcome = await new OpenCycle(directory.Object, cycles.Object, strategies.Object, ScheduleBounds.ForPeople, new FixedTime(StrategyWorld.Now))
            .ExecuteAsync(new OpenCycleCommand(StrategyWorld.Coordinator, _ => Task.FromResult<Outcome<CycleInput>>(Cycle)), workflows.Object, CancellationToken.None);

        Assert.True(outcome.Value.Created);
        Assert.Equal(
            [("GHA", "Republic of Ghana", RegionalGroup.AfricanStates), ("DNK", "Denmark", RegionalGroup.WesternEuropeanAndOtherStates)],
            started!.Select(s => (s.Country, s.CountryName!, s.RegionalGroup!.Value)));
        Assert.All(started!, s => Assert.Equal((StrategyStatus.InProgress, "c2027", StrategyWorld.Now), (s.Status, s.CycleId, s.LastActivityUtc)));
        Assert.Equal("strategies", order[0]);
        Assert.Equal(["DNK", "GHA"], order.Skip(1).Order());
        strategies.Verify(s => s.AddMissingAsync(It.IsAny<IReadOnlyList<StrategyProgress>>(), It.IsAny<CancellationToken>()), Times.Once);
        strategies.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Seconds_long_schedules_are_refused_outside_development()
    {
        var directory = new Mock<IDirectoryStore>(MockBehavior.Strict);
        CycleInput quick = Cycle with { Schedule = new ScheduleInput("PT30S", "PT30S", ["PT10S"], "PT10S", "PT20S") };

        Outcome<OpenedCycle> outcome = await new OpenCycle(directory.Object, new Mock<ICycleStore>(MockBehavior.Strict).Object, new Mock<IStrategyRepository>(MockBehavior.Strict).Object, ScheduleBounds.ForPeople, new FixedTime(StrategyWorld.Now))
            .ExecuteAsync(new OpenCycleCommand(StrategyWorld.Coordinator, _ => Task.FromResult<Outcome<CycleInput>>(quick)), new Mock<IStrategyWorkflows>(MockBehavior.Strict).Object, CancellationToken.None);

        Assert.IsType<Invalid>(outcome.Failure);
        directory.VerifyNoOtherCalls();
    }
}
