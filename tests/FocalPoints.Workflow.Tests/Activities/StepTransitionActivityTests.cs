using FocalPoints.Application.Strategies.Progress;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;
using FocalPoints.Infrastructure.Notifications;
using FocalPoints.Infrastructure.Storage;
using FocalPoints.Testing.Hosts;
using FocalPoints.Workflow.Activities;
using Microsoft.DurableTask;
using Moq;

namespace FocalPoints.Workflow.Tests.Activities;

/// <summary>A transition in one activity, against Azurite: the step opens, both messages are written, and a second run changes and sends nothing more.</summary>
public sealed class StepTransitionActivityTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTime Approved = new(2027, 4, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Opens_the_next_step_and_sends_the_approval_and_the_step_opened_once_however_often_it_runs()
    {
        const string cycle = "transition";
        GhanaInACycle world = await GhanaInACycle.StartAsync(azurite.ConnectionString, cycle, Approved);
        (TableStrategyRepository strategies, TableOutbox outbox) = (world.Strategies, world.Outbox);
        var activity = new StepTransitionActivity(new OpenStep(strategies), new CompleteStrategy(strategies), world.Notifier);
        DateTime due = Approved.AddDays(60);
        var input = new StepTransitionInput(
            new OpenStepInput(cycle, "GHA", StrategyStep.ActionPrioritisation, Approved, due),
            null,
            [
                new NotifyInput($"strategy:{cycle}:GHA|RiskAssessment|v1|approved", cycle, "GHA", StrategyStep.RiskAssessment, NotificationMoment.Approved, null, Approved),
                new NotifyInput($"strategy:{cycle}:GHA|ActionPrioritisation|stepOpened", cycle, "GHA", StrategyStep.ActionPrioritisation, NotificationMoment.StepOpened, due, Approved),
            ]);

        await activity.RunAsync(Mock.Of<TaskActivityContext>(), input);
        await activity.RunAsync(Mock.Of<TaskActivityContext>(), input with { Open = input.Open! with { OpenedUtc = Approved.AddHours(1), DueUtc = due.AddHours(1) } });

        StepProgress opened = (await strategies.LoadAsync(cycle, "GHA", null, CancellationToken.None))!.Progress[StrategyStep.ActionPrioritisation];
        Assert.Equal((StepStatus.Open, due), (opened.Status, opened.DueUtc!.Value));
        IReadOnlyList<OutboxMessage> sent = await outbox.ListAsync(cycle, CancellationToken.None);
        Assert.Equal(new[] { NotificationMoment.Approved, NotificationMoment.StepOpened }.Order(), sent.Select(m => m.Moment).Order());
    }
}
