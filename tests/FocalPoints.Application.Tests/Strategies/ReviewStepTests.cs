using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Strategies;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Strategies;
using Moq;

namespace FocalPoints.Application.Tests.Strategies;

public class ReviewStepTests
{
    [Fact]
    public async Task Only_coordinators_review_and_a_refused_caller_reads_nothing()
    {
        var world = new StrategyWorld();
        bool read = false;

        Outcome<StepVersion> outcome = await world.ReviewStep().ExecuteAsync(
            new ReviewStepCommand(StrategyWorld.FocalPoint, StrategyWorld.CycleId, StrategyWorld.Country, "risk-assessment", _ =>
            {
                read = true;
                return Task.FromResult<Outcome<ReviewInput>>(new ReviewInput(ReviewDecision.Approve, null));
            }),
            world.Workflows.Object,
            CancellationToken.None);

        Assert.IsType<Forbidden>(outcome.Failure);
        Assert.False(read);
        world.Cycles.VerifyNoOtherCalls();
        world.Strategies.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task A_return_without_comments_is_invalid_before_the_step_refuses_a_review_and_nothing_is_stored()
    {
        // The step was never submitted, so any valid review would be a conflict.
        var world = new StrategyWorld().WithProgress(StrategyWorld.RiskAssessmentOpen());

        Outcome<StepVersion> outcome = await world.ReviewStep().ExecuteAsync(
            new ReviewStepCommand(StrategyWorld.Coordinator, StrategyWorld.CycleId, StrategyWorld.Country, "risk-assessment", _ => Task.FromResult<Outcome<ReviewInput>>(new ReviewInput(ReviewDecision.Return, " "))),
            world.Workflows.Object,
            CancellationToken.None);

        Assert.Contains("$.comments", Assert.IsType<Invalid>(outcome.Failure).Errors.ToDictionary().Keys);
        world.VerifyLoadedOnce();
        world.Strategies.VerifyNoOtherCalls();
        world.Workflows.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task A_review_of_a_step_that_waits_for_none_is_a_conflict_and_nothing_is_stored()
    {
        var world = new StrategyWorld().WithProgress(StrategyWorld.RiskAssessmentOpen());

        Outcome<StepVersion> outcome = await world.ReviewStep().ExecuteAsync(
            new ReviewStepCommand(StrategyWorld.Coordinator, StrategyWorld.CycleId, StrategyWorld.Country, "risk-assessment", _ => Task.FromResult<Outcome<ReviewInput>>(new ReviewInput(ReviewDecision.Approve, null))),
            world.Workflows.Object,
            CancellationToken.None);

        Assert.IsType<Conflict>(outcome.Failure);
        world.VerifyLoadedOnce();
        world.Strategies.VerifyNoOtherCalls();
        world.Workflows.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task An_approval_is_stored_with_the_cycles_step_duration_so_the_next_step_opens_in_the_same_write()
    {
        var world = new StrategyWorld().WithProgress(StrategyWorld.RiskAssessmentOpen().Submitted(StrategyStep.RiskAssessment, StrategyWorld.Now));
        var schedule = new CycleSchedule(TimeSpan.FromDays(45), TimeSpan.FromDays(14), [TimeSpan.FromDays(7)], TimeSpan.FromDays(7), TimeSpan.FromDays(14));
        world.Cycles.Setup(c => c.GetCycleAsync(StrategyWorld.CycleId, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new CycleRecord(new CycleDefinition(StrategyWorld.CycleId, "2027", [StrategyWorld.Country], schedule), "hash", StrategyWorld.Now));
        StrategyChange? stored = null;
        world.Strategies.Setup(d => d.SaveAsync(It.IsAny<StrategyChange>(), It.IsAny<CancellationToken>()))
            .Callback((StrategyChange c, CancellationToken _) => stored = c)
            .ReturnsAsync(true);

        Outcome<StepVersion> outcome = await world.ReviewStep().ExecuteAsync(
            new ReviewStepCommand(StrategyWorld.Coordinator, StrategyWorld.CycleId, StrategyWorld.Country, "risk-assessment", _ => Task.FromResult<Outcome<ReviewInput>>(new ReviewInput(ReviewDecision.Approve, null))),
            world.Workflows.Object,
            CancellationToken.None);

        Assert.Null(outcome.Failure);
        Assert.Equal((ReviewDecision.Approve, StrategyWorld.Now, 1), (stored!.Review!.Decision, stored.Review.ReviewedUtc, stored.Review.Version));
        StepProgress next = stored.Progress[StrategyStep.ActionPrioritisation];
        Assert.Equal((StepStatus.Open, StrategyWorld.Now.AddDays(45)), (next.Status, next.DueUtc));
        Assert.Equal(new StepEvent(StrategyStep.RiskAssessment, 1, ReviewDecision.Approve, StrategyWorld.Now), stored.Event);
    }

    [Fact]
    public async Task A_review_that_lost_the_race_to_a_return_and_a_new_version_is_refused_not_recorded_against_the_new_one()
    {
        StrategyProgress atVersion1 = StrategyWorld.RiskAssessmentOpen().Submitted(StrategyStep.RiskAssessment, StrategyWorld.Now);
        var world = new StrategyWorld().WithProgress(atVersion1);
        var schedule = new CycleSchedule(TimeSpan.FromDays(45), TimeSpan.FromDays(14), [TimeSpan.FromDays(7)], TimeSpan.FromDays(7), TimeSpan.FromDays(14));
        world.Cycles.Setup(c => c.GetCycleAsync(StrategyWorld.CycleId, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new CycleRecord(new CycleDefinition(StrategyWorld.CycleId, "2027", [StrategyWorld.Country], schedule), "hash", StrategyWorld.Now));
        world.Strategies.Setup(d => d.SaveAsync(It.IsAny<StrategyChange>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);
        StrategyProgress atVersion2 = atVersion1
            .Decided(StrategyStep.RiskAssessment, ReviewDecision.Return, "More", StrategyWorld.Now, TimeSpan.FromDays(45))
            .Submitted(StrategyStep.RiskAssessment, StrategyWorld.Now);
        world.ThenLoads(atVersion2);

        Outcome<StepVersion> outcome = await world.ReviewStep().ExecuteAsync(
            new ReviewStepCommand(StrategyWorld.Coordinator, StrategyWorld.CycleId, StrategyWorld.Country, "risk-assessment", _ => Task.FromResult<Outcome<ReviewInput>>(new ReviewInput(ReviewDecision.Approve, null))),
            world.Workflows.Object,
            CancellationToken.None);

        Assert.Contains("newer version", Assert.IsType<Conflict>(outcome.Failure).Detail, StringComparison.Ordinal);
        world.Strategies.Verify(d => d.SaveAsync(It.IsAny<StrategyChange>(), It.IsAny<CancellationToken>()), Times.Once);
        world.Workflows.VerifyNoOtherCalls();
    }
}
