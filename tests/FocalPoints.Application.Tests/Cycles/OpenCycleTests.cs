using FocalPoints.Application.Cycles;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Tests.Strategies;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Network;
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
        var workflows = new Mock<IStrategyWorkflows>(MockBehavior.Strict);

        Outcome<OpenedCycle> outcome = await new OpenCycle(directory.Object, cycles.Object, ScheduleBounds.ForPeople, new FixedTime(StrategyWorld.Now))
            .ExecuteAsync(new OpenCycleCommand(StrategyWorld.Coordinator, _ => Task.FromResult<Outcome<CycleInput>>(Cycle)), workflows.Object, CancellationToken.None);

        Assert.Equal(["DNK is not in the network directory; register it first."], Assert.IsType<Invalid>(outcome.Failure).Errors.ToDictionary()["$.countries[1]"]);
        cycles.VerifyNoOtherCalls();
        workflows.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Seconds_long_schedules_are_refused_outside_development()
    {
        var directory = new Mock<IDirectoryStore>(MockBehavior.Strict);
        CycleInput quick = Cycle with { Schedule = new ScheduleInput("PT30S", "PT30S", ["PT10S"], "PT10S", "PT20S") };

        Outcome<OpenedCycle> outcome = await new OpenCycle(directory.Object, new Mock<ICycleStore>(MockBehavior.Strict).Object, ScheduleBounds.ForPeople, new FixedTime(StrategyWorld.Now))
            .ExecuteAsync(new OpenCycleCommand(StrategyWorld.Coordinator, _ => Task.FromResult<Outcome<CycleInput>>(quick)), new Mock<IStrategyWorkflows>(MockBehavior.Strict).Object, CancellationToken.None);

        Assert.IsType<Invalid>(outcome.Failure);
        directory.VerifyNoOtherCalls();
    }
}
