using FocalPoints.Application.Strategies.Progress;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Infrastructure.Notifications;
using FocalPoints.Infrastructure.Storage;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;
using FocalPoints.Workflow.Activities;
using Microsoft.DurableTask;
using Moq;

namespace FocalPoints.Workflow.Tests.Activities;

/// <summary>
/// The "returned" message of a step: its comments are mailed only when the step is shared beyond the
/// country. An overdue notice goes only while the stored step is overdue, with one timeline line.
/// </summary>
public sealed class NotifyActivityTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTime Opened = new(2027, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private const string Marker = "CANARY-7f3a confidential remark";

    [Theory]
    [InlineData(Sharing.Confidential, false)]
    [InlineData(null, false)]
    [InlineData(Sharing.Network, true)]
    public async Task Returned_message_quotes_comments_only_of_a_shared_step(Sharing? sharing, bool quoted)
    {
        string cycle = "notify" + (sharing?.ToString() ?? "unset");
        GhanaInACycle world = await GhanaInACycle.StartAsync(azurite.ConnectionString, cycle, Opened);
        TableOutbox outbox = world.Outbox;
        TableStrategyRepository strategies = world.Strategies;
        await new OpenStep(strategies).ExecuteAsync(cycle, "GHA", StrategyStep.RiskAssessment, Opened, Opened.AddDays(60), CancellationToken.None);
        string content = StepContentJson.Serialize(new RiskAssessmentBuilder().SharedAs(sharing).Build());
        Strategy loaded = (await strategies.LoadAsync(cycle, "GHA", null, CancellationToken.None))!;
        var submitted = (SubmitDecision.Accepted)loaded.Submit(StrategyStep.RiskAssessment, new SubmissionRequest(content, "hash", null), "ama@gha.example", Opened);
        Assert.True(await strategies.SaveAsync(submitted.Change, CancellationToken.None));
        loaded = (await strategies.LoadAsync(cycle, "GHA", null, CancellationToken.None))!;
        ReviewDecided review = loaded.Review(
            StrategyStep.RiskAssessment, ReviewDecision.Return, Marker, "coord@network.example", Opened, submitted.Version, TimeSpan.FromDays(60), TimeSpan.FromDays(14));
        Assert.True(await strategies.SaveAsync(review.Change!, CancellationToken.None));

        var activity = new NotifyActivity(world.Notifier, new MarkOverdue(strategies));
        await activity.RunAsync(
            Mock.Of<TaskActivityContext>(),
            new NotifyInput($"strategy:{cycle}:GHA|RiskAssessment|returned", cycle, "GHA", StrategyStep.RiskAssessment, NotificationMoment.Returned, Opened.AddDays(14), Opened, review.Version));

        OutboxMessage message = Assert.Single(await outbox.ListAsync(cycle, CancellationToken.None));
        string everything = string.Join("\n", message.Subject, message.Text, message.Html);
        Assert.Equal(quoted, everything.Contains(Marker, StringComparison.Ordinal));
        Assert.Contains($"https://portal.example/cycles/{cycle}/countries/GHA/steps/risk-assessment", message.Text, StringComparison.Ordinal);
        if (!quoted)
        {
            Assert.Contains("The coordinators left comments on this step. Read them in FocalPoints.", message.Text, StringComparison.Ordinal);
            Assert.Contains("The coordinators left comments on this step. Read them in FocalPoints.", message.Html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_overdue_reminder_marks_the_step_overdue_then_goes_with_one_timeline_line_naming_its_recipient()
    {
        GhanaInACycle world = await GhanaInACycle.StartAsync(azurite.ConnectionString, "overdue", Opened);
        await new OpenStep(world.Strategies).ExecuteAsync("overdue", "GHA", StrategyStep.RiskAssessment, Opened, Opened.AddDays(60), CancellationToken.None);
        var activity = new NotifyActivity(world.Notifier, new MarkOverdue(world.Strategies));
        NotifyInput overdue = Overdue("overdue", Opened.AddDays(67));

        Assert.True(await activity.RunAsync(Mock.Of<TaskActivityContext>(), overdue));
        Assert.False(await activity.RunAsync(Mock.Of<TaskActivityContext>(), overdue)); // run again: sent already

        Assert.Equal(NotificationMoment.Overdue, Assert.Single(await world.Outbox.ListAsync("overdue", CancellationToken.None)).Moment);
        AuditEvent line = Assert.Single(await new TableStrategyReads(world.Tables).ListAuditAsync("overdue", "GHA", CancellationToken.None));
        Assert.Equal(("overdue", overdue.Id), (line.Kind, line.Id));
        Assert.Equal(["ama@gha.example"], line.Recipients);
    }

    [Fact]
    public async Task An_overdue_reminder_for_a_step_submitted_before_the_workflow_heard_of_it_is_not_sent()
    {
        GhanaInACycle world = await GhanaInACycle.StartAsync(azurite.ConnectionString, "submittedlate", Opened);
        await new OpenStep(world.Strategies).ExecuteAsync("submittedlate", "GHA", StrategyStep.RiskAssessment, Opened, Opened.AddDays(60), CancellationToken.None);
        Strategy loaded = (await world.Strategies.LoadAsync("submittedlate", "GHA", null, CancellationToken.None))!;
        string content = StepContentJson.Serialize(new RiskAssessmentBuilder().Build());
        var submitted = (SubmitDecision.Accepted)loaded.Submit(StrategyStep.RiskAssessment, new SubmissionRequest(content, "hash", null), "ama@gha.example", Opened.AddDays(66));
        Assert.True(await world.Strategies.SaveAsync(submitted.Change, CancellationToken.None));

        bool sent = await new NotifyActivity(world.Notifier, new MarkOverdue(world.Strategies)).RunAsync(Mock.Of<TaskActivityContext>(), Overdue("submittedlate", Opened.AddDays(67)));

        Assert.False(sent);
        Assert.Empty(await world.Outbox.ListAsync("submittedlate", CancellationToken.None));
        Assert.Equal(["submission"], (await new TableStrategyReads(world.Tables).ListAuditAsync("submittedlate", "GHA", CancellationToken.None)).Select(a => a.Kind));
    }

    private static NotifyInput Overdue(string cycle, DateTime atUtc) =>
        new($"strategy:{cycle}:GHA|RiskAssessment|r0|2|Overdue", cycle, "GHA", StrategyStep.RiskAssessment, NotificationMoment.Overdue, Opened.AddDays(60), atUtc);
}
