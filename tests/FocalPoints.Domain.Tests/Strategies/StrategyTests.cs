using FocalPoints.Domain.Network;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Domain.Tests.Strategies;

/// <summary>Each transition of a strategy decides from what was loaded and answers what changed; nothing here reads or writes.</summary>
public class StrategyTests
{
    private const string ETag = "W/\"7\"";
    private const StrategyStep Risk = StrategyStep.RiskAssessment;
    private static readonly DateTime Now = new(2027, 1, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan StepDuration = TimeSpan.FromDays(60);
    private static readonly TimeSpan ReviewDuration = TimeSpan.FromDays(14);

    private static StrategyProgress Open() => StrategyProgress.Start("c", "GHA", Now).Opened(Risk, Now, Now.AddDays(60));

    private static StrategyProgress Submitted() => Open().Submitted(Risk, Now);

    private static SubmissionRequest Body(string? keyHash = null) => new("{}", "BODY", keyHash);

    [Fact]
    public void An_accepted_submission_is_the_next_version_with_its_audit_line_event_and_key_against_the_loaded_etag()
    {
        SubmitDecision.Accepted accepted = Assert.IsType<SubmitDecision.Accepted>(new Strategy(Open(), ETag).Submit(Risk, Body("KEY"), "fp@gha.example", Now));

        StrategyChange change = accepted.Change;
        Assert.Equal((1, ETag, StepStatus.Submitted), (accepted.Version, change.ETag, change.Progress[Risk].Status));
        Assert.Equal(new StoredSubmission(Risk, 1, "{}", "fp@gha.example", Now), change.Submission);
        Assert.Equal(("submission", "version 1", "submission|RiskAssessment|1"), (change.Audit!.Kind, change.Audit.Detail, change.Audit.Id));
        Assert.Equal(new StepEvent(Risk, 1, null, Now), change.Event);
        Assert.Equal(new SubmissionReceipt(Risk, "KEY", "BODY", 1), change.Receipt);
    }

    [Fact]
    public void A_step_that_refuses_a_submission_with_a_key_not_yet_looked_up_asks_for_it_first()
    {
        Assert.IsType<SubmitDecision.LookUpKey>(new Strategy(Submitted(), ETag).Submit(Risk, Body("KEY"), "fp", Now));
        Assert.Contains("waiting for review", Assert.IsType<SubmitDecision.Refused>(new Strategy(Submitted(), ETag).Submit(Risk, Body(), "fp", Now)).Reason, StringComparison.Ordinal);
        Assert.IsType<SubmitDecision.Refused>(new Strategy(Submitted(), ETag) { Key = new KeyLookup("KEY", null) }.Submit(Risk, Body("KEY"), "fp", Now));
    }

    [Fact]
    public void A_key_seen_before_answers_its_version_for_the_same_body_and_is_refused_for_another_whatever_the_step_did_since()
    {
        var strategy = new Strategy(Submitted().Decided(Risk, ReviewDecision.Approve, null, Now, StepDuration), ETag)
        {
            Key = new KeyLookup("KEY", new SubmissionReceipt(Risk, "KEY", "BODY", 1)),
        };

        Assert.Equal(1, Assert.IsType<SubmitDecision.Repeated>(strategy.Submit(Risk, Body("KEY"), "fp", Now)).Version);
        Assert.IsType<SubmitDecision.KeyReused>(strategy.Submit(Risk, new SubmissionRequest("{ }", "OTHER", "KEY"), "fp", Now));
    }

    [Fact]
    public void An_approval_opens_the_next_step_in_the_same_change_and_keeps_the_comments_out_of_the_audit_line()
    {
        ReviewDecided decided = new Strategy(Submitted(), ETag).Review(Risk, ReviewDecision.Approve, "Well done", "co@n.example", Now, 1, StepDuration, ReviewDuration);

        StepProgress next = decided.Change!.Progress[StrategyStep.ActionPrioritisation];
        Assert.Equal((StepStatus.Open, Now, Now + StepDuration), (next.Status, next.OpenedUtc, next.DueUtc));
        Assert.Equal(new StoredReview(Risk, 1, ReviewDecision.Approve, "Well done", "co@n.example", Now), decided.Change.Review);
        Assert.Equal("approve", decided.Change.Audit!.Detail);
        Assert.Equal(new StepEvent(Risk, 1, ReviewDecision.Approve, Now), decided.Change.Event);
    }

    [Fact]
    public void A_return_gives_the_step_back_due_no_sooner_than_the_review_duration_and_never_before_its_due_date()
    {
        StrategyProgress late = StrategyProgress.Start("c", "GHA", Now).Opened(Risk, Now, Now.AddDays(1)).Submitted(Risk, Now);
        StepProgress returned = new Strategy(late, ETag).Review(Risk, ReviewDecision.Return, "More", "co", Now, 1, StepDuration, ReviewDuration).Change!.Progress[Risk];
        Assert.Equal((StepStatus.Returned, Now + ReviewDuration), (returned.Status, returned.DueUtc));

        StepProgress early = new Strategy(Submitted(), ETag).Review(Risk, ReviewDecision.Return, "More", "co", Now, 1, StepDuration, ReviewDuration).Change!.Progress[Risk];
        Assert.Equal(Now.AddDays(60), early.DueUtc);
    }

    [Fact]
    public void A_review_is_refused_when_nothing_waits_or_a_newer_version_came_since_it_was_read()
    {
        Assert.NotNull(new Strategy(Open(), ETag).Review(Risk, ReviewDecision.Approve, null, "co", Now, 0, StepDuration, ReviewDuration).Refusal);

        StrategyProgress atVersion2 = Submitted().Decided(Risk, ReviewDecision.Return, "More", Now, StepDuration).Submitted(Risk, Now);
        ReviewDecided late = new Strategy(atVersion2, ETag).Review(Risk, ReviewDecision.Approve, null, "co", Now, readVersion: 1, StepDuration, ReviewDuration);
        Assert.Null(late.Change);
        Assert.Contains("newer version", late.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void The_workflows_transitions_change_nothing_already_done()
    {
        var fresh = new Strategy(StrategyProgress.Start("c", "GHA", Now), ETag);
        StrategyChange opened = fresh.Open(Risk, Now, Now.AddDays(60))!;
        Assert.Equal(StepStatus.Open, opened.Progress[Risk].Status);
        Assert.Null(new Strategy(opened.Progress, ETag).Open(Risk, Now.AddHours(1), Now.AddDays(61)));

        Assert.Null(new Strategy(Open(), ETag).Reschedule(Risk, Now.AddDays(60)));
        Assert.Equal(Now.AddDays(70), new Strategy(Open(), ETag).Reschedule(Risk, Now.AddDays(70))!.Progress[Risk].DueUtc);

        Assert.Equal(StrategyStatus.Completed, new Strategy(Open(), ETag).Complete(Now)!.Progress.Status);
        Assert.Null(new Strategy(Open().Completed(Now), ETag).Complete(Now));
    }

    [Theory]
    [InlineData(NotificationMoment.Overdue, "overdue")]
    [InlineData(NotificationMoment.Escalation, "escalation")]
    public void A_step_past_its_due_date_is_marked_overdue_with_its_notice_in_the_timeline_and_nothing_else_changed(NotificationMoment notice, string kind)
    {
        DateTime late = Now.AddDays(61);
        StrategyProgress open = Open();

        StrategyChange marked = new Strategy(open, ETag).Overdue(Risk, notice, late, "strategy:c:GHA|RiskAssessment|r0|4")!;

        Assert.Equal(ETag, marked.ETag);
        Assert.Same(open, marked.Progress);
        Assert.Equal(new AuditEvent("c", "GHA", late, kind, Risk, AuditEvent.SystemActor, null, "strategy:c:GHA|RiskAssessment|r0|4"), marked.Audit);
        Assert.Equal((null, null, null, null), (marked.Submission, marked.Review, marked.Event, marked.Receipt));
    }

    [Fact]
    public void A_step_is_not_marked_overdue_before_its_due_date_nor_once_submitted_approved_cancelled_or_moved_on()
    {
        DateTime late = Now.AddDays(61);
        StrategyProgress approved = Submitted().Decided(Risk, ReviewDecision.Approve, null, Now, StepDuration);

        Assert.Null(new Strategy(Open(), ETag).Overdue(Risk, NotificationMoment.Escalation, Now.AddDays(60), "id"));
        Assert.Null(new Strategy(Submitted(), ETag).Overdue(Risk, NotificationMoment.Escalation, late, "id"));
        Assert.Null(new Strategy(approved, ETag).Overdue(Risk, NotificationMoment.Escalation, Now.AddDays(200), "id"));
        Assert.Null(new Strategy(Open().Cancelled(Now), ETag).Overdue(Risk, NotificationMoment.Overdue, late, "id"));

        // A returned step waits for the focal point again: past its new due date it is overdue.
        StrategyProgress returned = Submitted().Decided(Risk, ReviewDecision.Return, "More", Now, StepDuration);
        Assert.NotNull(new Strategy(returned, ETag).Overdue(Risk, NotificationMoment.Overdue, late, "id"));
    }

    [Fact]
    public void Only_an_overdue_reminder_or_an_escalation_marks_a_step_overdue()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Strategy(Open(), ETag).Overdue(Risk, NotificationMoment.Reminder, Now.AddDays(61), "id"));
        Assert.Equal(
            [NotificationMoment.Overdue, NotificationMoment.Escalation],
            Enum.GetValues<NotificationMoment>().Where(Strategy.IsOverdueNotice));
    }

    [Fact]
    public void A_strategy_starts_named_by_the_directory_else_by_the_un_list()
    {
        var registered = new Member("GHA", "Republic of Ghana", RegionalGroup.AfricanStates, []);

        StrategyProgress named = StrategyProgress.StartFor("c", "GHA", Now, registered);
        StrategyProgress listed = StrategyProgress.StartFor("c", "CRI", Now, null);

        Assert.Equal(("Republic of Ghana", RegionalGroup.AfricanStates), (named.CountryName, named.RegionalGroup));
        Assert.Equal(("Costa Rica", RegionalGroup.LatinAmericanAndCaribbeanStates), (listed.CountryName, listed.RegionalGroup));
        Assert.Equal((StrategyStatus.InProgress, Risk, 4), (listed.Status, listed.CurrentStep, listed.Steps.Count(s => s.Status == StepStatus.NotStarted)));
    }

    [Fact]
    public void A_cancellation_cancels_with_an_audit_line_once_and_refuses_a_completed_strategy()
    {
        CancelDecided cancelled = new Strategy(Open(), ETag).Cancel("co", Now);
        Assert.Equal((StrategyStatus.Cancelled, "cancelled"), (cancelled.Change!.Progress.Status, cancelled.Change.Audit!.Kind));
        Assert.Equal(new CancelDecided(null, null), new Strategy(cancelled.Change.Progress, ETag).Cancel("co", Now));
        Assert.NotNull(new Strategy(Open().Completed(Now), ETag).Cancel("co", Now).Refusal);
    }
}
