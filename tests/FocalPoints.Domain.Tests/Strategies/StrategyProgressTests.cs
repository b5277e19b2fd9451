using FocalPoints.Domain.Strategies;

namespace FocalPoints.Domain.Tests.Strategies;

public class StrategyProgressTests
{
    private static readonly DateTime Now = new(2027, 1, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Step_not_yet_reached_refuses_submission() =>
        Assert.NotNull(StrategyProgress.Start("c", "GHA", Now).RefuseSubmission(StrategyStep.ActionPrioritisation));

    [Fact]
    public void Open_step_accepts_then_waits_for_review()
    {
        StrategyProgress open = StrategyProgress.Start("c", "GHA", Now).Opened(StrategyStep.RiskAssessment, Now, Now.AddDays(60));
        Assert.Null(open.RefuseSubmission(StrategyStep.RiskAssessment));
        Assert.NotNull(open.RefuseReview(StrategyStep.RiskAssessment));

        StrategyProgress submitted = open.Submitted(StrategyStep.RiskAssessment, Now);
        Assert.Equal(1, submitted[StrategyStep.RiskAssessment].SubmittedVersions);
        Assert.Contains("waiting for review", submitted.RefuseSubmission(StrategyStep.RiskAssessment), StringComparison.Ordinal);
        Assert.Null(submitted.RefuseReview(StrategyStep.RiskAssessment));
    }

    [Fact]
    public void Returned_step_accepts_a_new_version_and_approved_refuses()
    {
        StrategyProgress submitted = StrategyProgress.Start("c", "GHA", Now).Opened(StrategyStep.RiskAssessment, Now, Now.AddDays(1)).Submitted(StrategyStep.RiskAssessment, Now);
        StrategyProgress returned = submitted.Reviewed(StrategyStep.RiskAssessment, ReviewDecision.Return, "Add RF9 evidence", Now);
        Assert.Null(returned.RefuseSubmission(StrategyStep.RiskAssessment));
        Assert.Equal("Add RF9 evidence", returned[StrategyStep.RiskAssessment].LastReview!.Comments);

        StrategyProgress approved = returned.Submitted(StrategyStep.RiskAssessment, Now).Reviewed(StrategyStep.RiskAssessment, ReviewDecision.Approve, null, Now);
        Assert.Contains("already approved", approved.RefuseSubmission(StrategyStep.RiskAssessment), StringComparison.Ordinal);
        Assert.Equal(1, approved.CompletedSteps);
    }

    [Fact]
    public void An_approval_opens_the_next_step_at_once_and_the_fourth_completes_the_strategy()
    {
        TimeSpan duration = TimeSpan.FromDays(30);
        StrategyProgress progress = StrategyProgress.Start("c", "GHA", Now).Opened(StrategyStep.RiskAssessment, Now, Now.AddDays(1));
        foreach (StrategyStep step in StrategySteps.InOrder)
        {
            DateTime decided = Now.AddDays((int)step + 1);
            progress = progress.Submitted(step, decided).Decided(step, ReviewDecision.Approve, null, decided, duration);
            Assert.Equal(StepStatus.Approved, progress[step].Status);
            if (step != StrategyStep.ResourceMobilisation)
            {
                StepProgress next = progress[step + 1];
                Assert.Equal((StepStatus.Open, decided, decided + duration), (next.Status, next.OpenedUtc, next.DueUtc));
                Assert.Equal((StrategyStatus.InProgress, step + 1), (progress.Status, progress.CurrentStep));
            }
        }

        Assert.Equal(StrategyStatus.Completed, progress.Status);
        Assert.Equal(4, progress.CompletedSteps);
    }

    [Fact]
    public void A_return_opens_nothing()
    {
        StrategyProgress submitted = StrategyProgress.Start("c", "GHA", Now).Opened(StrategyStep.RiskAssessment, Now, Now.AddDays(1)).Submitted(StrategyStep.RiskAssessment, Now);
        StrategyProgress returned = submitted.Decided(StrategyStep.RiskAssessment, ReviewDecision.Return, "Add RF9 evidence", Now, TimeSpan.FromDays(30));
        Assert.Equal((StepStatus.Returned, StrategyStep.RiskAssessment), (returned[StrategyStep.RiskAssessment].Status, returned.CurrentStep));
        Assert.Equal(StepStatus.NotStarted, returned[StrategyStep.ActionPrioritisation].Status);
    }

    [Fact]
    public void Overdue_only_while_waiting_for_the_focal_point()
    {
        StrategyProgress open = StrategyProgress.Start("c", "GHA", Now).Opened(StrategyStep.RiskAssessment, Now, Now.AddDays(1));
        Assert.False(open.IsOverdue(Now));
        Assert.True(open.IsOverdue(Now.AddDays(2)));
        Assert.False(open.Submitted(StrategyStep.RiskAssessment, Now).IsOverdue(Now.AddDays(2)));
    }
}

public class ProgressFilterTests
{
    private static readonly DateTime Now = new(2027, 5, 10, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Days_overdue_count_whole_days_past_the_due_date()
    {
        StrategyProgress open = StrategyProgress.Start("c", "GHA", Now).Opened(StrategyStep.RiskAssessment, Now.AddDays(-70), Now.AddDays(-10).AddHours(-1));
        Assert.Equal(10, open.DaysOverdue(Now));
        Assert.Equal(0, open.Submitted(StrategyStep.RiskAssessment, Now).DaysOverdue(Now));
    }

    [Fact]
    public void Filter_matches_group_status_and_overdue()
    {
        var errors = new FocalPoints.Domain.Validation.ValidationErrors();
        ProgressFilter filter = ProgressFilter.Parse("africanStates", "open", "true", errors)!;
        StrategyProgress ghana = StrategyProgress.Start("c", "GHA", Now, "Ghana", FocalPoints.Domain.Network.RegionalGroup.AfricanStates).Opened(StrategyStep.RiskAssessment, Now.AddDays(-70), Now.AddDays(-10));
        StrategyProgress denmark = StrategyProgress.Start("c", "DNK", Now, "Denmark", FocalPoints.Domain.Network.RegionalGroup.WesternEuropeanAndOtherStates).Opened(StrategyStep.RiskAssessment, Now.AddDays(-70), Now.AddDays(-10));

        Assert.True(filter.Matches(ghana, Now));
        Assert.False(filter.Matches(denmark, Now));
        Assert.False(filter.Matches(ghana, Now.AddDays(-30)));
        Assert.Null(ProgressFilter.Parse("africa", null, null, errors));
    }
}
