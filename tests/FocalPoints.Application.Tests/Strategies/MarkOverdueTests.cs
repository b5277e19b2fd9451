using FocalPoints.Application.Strategies.Progress;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;
using Moq;

namespace FocalPoints.Application.Tests.Strategies;

/// <summary>
/// The workflow's overdue notices go through the strategy: load, <see cref="Strategy.Overdue"/>, save
/// on the loaded ETag; a notice the stored strategy no longer warrants is not sent.
/// </summary>
public sealed class MarkOverdueTests
{
    private const string NoticeId = "strategy:c2027:GHA|RiskAssessment|r0|3|Escalation";
    private static readonly DateTime Late = StrategyWorld.Now.AddDays(45);

    private static StrategyProgress Submitted() => StrategyWorld.RiskAssessmentOpen().Submitted(StrategyStep.RiskAssessment, StrategyWorld.Now.AddDays(40));

    private static Task<bool> MarkAsync(StrategyWorld world) =>
        new MarkOverdue(world.Strategies.Object).ExecuteAsync(
            StrategyWorld.CycleId, StrategyWorld.Country, StrategyStep.RiskAssessment, NotificationMoment.Escalation, Late, NoticeId, CancellationToken.None);

    [Fact]
    public async Task An_overdue_step_is_marked_on_the_loaded_row_with_the_notice_in_its_timeline()
    {
        var world = new StrategyWorld().WithProgress(StrategyWorld.RiskAssessmentOpen());
        StrategyChange? saved = null;
        world.Strategies.Setup(s => s.SaveAsync(It.IsAny<StrategyChange>(), It.IsAny<CancellationToken>()))
            .Callback((StrategyChange c, CancellationToken _) => saved = c)
            .ReturnsAsync(true);

        Assert.True(await MarkAsync(world));

        Assert.Equal("W/\"1\"", saved!.ETag);
        Assert.Equal(("escalation", NoticeId, Late, AuditEvent.SystemActor), (saved.Audit!.Kind, saved.Audit.Id, saved.Audit.AtUtc, saved.Audit.Actor));
        Assert.Null(saved.Event);
    }

    [Fact]
    public async Task A_step_submitted_before_the_notice_is_not_marked_and_nothing_is_written()
    {
        var world = new StrategyWorld().WithProgress(Submitted());

        Assert.False(await MarkAsync(world));

        world.VerifyLoadedOnce();
        world.Strategies.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task A_notice_that_loses_the_race_to_a_submission_is_decided_again_and_not_sent()
    {
        var world = new StrategyWorld().WithProgress(StrategyWorld.RiskAssessmentOpen()).ThenLoads(Submitted());
        world.Strategies.Setup(s => s.SaveAsync(It.IsAny<StrategyChange>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);

        Assert.False(await MarkAsync(world));

        world.Strategies.Verify(s => s.SaveAsync(It.IsAny<StrategyChange>(), It.IsAny<CancellationToken>()), Times.Once);
        world.Strategies.Verify(s => s.LoadAsync(StrategyWorld.CycleId, StrategyWorld.Country, null, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }
}
