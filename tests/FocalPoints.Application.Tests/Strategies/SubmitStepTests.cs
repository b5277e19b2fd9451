using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Strategies;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Testing.Builders;
using Moq;

namespace FocalPoints.Application.Tests.Strategies;

/// <summary>The order of the rules of a submission, and that a refused one changes nothing (the ports are strict mocks).</summary>
public class SubmitStepTests
{
    private const string Slug = "risk-assessment";

    private int reads;

    [Fact]
    public async Task A_caller_who_is_not_the_countrys_focal_point_is_forbidden_before_anything_is_read()
    {
        var world = new StrategyWorld().WithDirectory();

        Outcome<StepVersion> outcome = await world.SubmitStep().ExecuteAsync(Command(StrategyWorld.Stranger, Valid), world.Workflows.Object, CancellationToken.None);

        Assert.IsType<Forbidden>(outcome.Failure);
        Assert.Equal(0, reads);
    }

    [Fact]
    public async Task Nobody_signed_in_is_unauthorized()
    {
        var world = new StrategyWorld();

        Outcome<StepVersion> outcome = await world.SubmitStep().ExecuteAsync(Command(null, Valid), world.Workflows.Object, CancellationToken.None);

        Assert.IsType<Unauthorized>(outcome.Failure);
    }

    [Fact]
    public async Task Coordinators_do_not_submit_for_a_country()
    {
        var world = new StrategyWorld();

        Outcome<StepVersion> outcome = await world.SubmitStep().ExecuteAsync(Command(StrategyWorld.Coordinator, Valid), world.Workflows.Object, CancellationToken.None);

        Assert.IsType<Forbidden>(outcome.Failure);
    }

    [Fact]
    public async Task An_unknown_step_is_not_found_before_the_cycle_is_read()
    {
        var world = new StrategyWorld().WithDirectory();

        Outcome<StepVersion> outcome = await world.SubmitStep().ExecuteAsync(Command(StrategyWorld.FocalPoint, Valid, step: "budget"), world.Workflows.Object, CancellationToken.None);

        Assert.IsType<NotFound>(outcome.Failure);
        world.Cycles.VerifyNoOtherCalls();
        world.Strategies.VerifyNoOtherCalls();
        Assert.Equal(0, reads);
    }

    [Theory]
    [InlineData("")]
    [InlineData("k-201-characters-long")]
    public async Task A_bad_idempotency_key_is_refused_before_the_body_is_read(string key)
    {
        var world = new StrategyWorld().WithDirectory().WithProgress(StrategyWorld.RiskAssessmentOpen());
        string sent = key.Length == 0 ? key : new string('k', 201);

        Outcome<StepVersion> outcome = await world.SubmitStep().ExecuteAsync(Command(StrategyWorld.FocalPoint, Valid, key: sent), world.Workflows.Object, CancellationToken.None);

        Assert.Equal("An Idempotency-Key has 1 to 200 characters.", Assert.IsType<BadRequest>(outcome.Failure).Detail);
        Assert.Equal(0, reads);
    }

    [Fact]
    public async Task Invalid_content_is_reported_before_the_step_refuses_it()
    {
        // The step is not open (not started): a valid submission would be a conflict, an invalid one says what to fix first.
        var world = new StrategyWorld().WithDirectory().WithProgress(StrategyProgress.Start(StrategyWorld.CycleId, StrategyWorld.Country, StrategyWorld.Now));
        StepContent incomplete = new RiskAssessmentBuilder().WithoutFactor("RF1").Build();

        Outcome<StepVersion> outcome = await world.SubmitStep().ExecuteAsync(Command(StrategyWorld.FocalPoint, (_, _) => Read(incomplete)), world.Workflows.Object, CancellationToken.None);

        Invalid invalid = Assert.IsType<Invalid>(outcome.Failure);
        Assert.Equal("The submission is not complete or not valid; see errors.", invalid.Detail);
        Assert.False(invalid.Errors.IsEmpty);
    }

    [Fact]
    public async Task A_refused_submission_changes_nothing()
    {
        var world = new StrategyWorld().WithDirectory().WithProgress(StrategyProgress.Start(StrategyWorld.CycleId, StrategyWorld.Country, StrategyWorld.Now));

        Outcome<StepVersion> outcome = await world.SubmitStep().ExecuteAsync(Command(StrategyWorld.FocalPoint, Valid), world.Workflows.Object, CancellationToken.None);

        Assert.IsType<Conflict>(outcome.Failure);
        world.Documents.VerifyNoOtherCalls();
        world.VerifyLoadedOnce();
        world.Strategies.VerifyNoOtherCalls();
        world.Workflows.VerifyNoOtherCalls();
        world.Cycles.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task An_accepted_submission_is_committed_once_answered_then_handed_over_to_the_workflow()
    {
        var world = new StrategyWorld().WithDirectory().WithProgress(StrategyWorld.RiskAssessmentOpen());
        var pending = new PendingWorkflowEvent(StrategyWorld.CycleId, StrategyWorld.Country, StrategyStep.RiskAssessment, 1, null, StrategyWorld.Now);
        var order = new List<string>();
        var forgotten = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        world.Strategies.Setup(d => d.SaveAsync(It.IsAny<StrategyChange>(), It.IsAny<CancellationToken>()))
            .Callback(() => order.Add("commit"))
            .ReturnsAsync(true);
        world.Workflows.Setup(w => w.SubmittedAsync(StrategyWorld.CycleId, StrategyWorld.Country, StrategyStep.RiskAssessment, 1, It.IsAny<CancellationToken>()))
            .Callback(() => order.Add("raise"))
            .ReturnsAsync(true);
        world.Documents.Setup(d => d.RemovePendingEventAsync(pending, It.IsAny<CancellationToken>()))
            .Callback(() =>
            {
                order.Add("forget");
                forgotten.SetResult();
            })
            .Returns(Task.CompletedTask);

        Outcome<StepVersion> outcome = await world.SubmitStep().ExecuteAsync(Command(StrategyWorld.FocalPoint, Valid), world.Workflows.Object, CancellationToken.None);

        Assert.Null(outcome.Failure);
        Assert.Equal(new StepVersion(StrategyWorld.CycleId, StrategyWorld.Country, StrategyStep.RiskAssessment, 1), outcome.Value);
        Assert.Equal(["commit"], order);
        world.Strategies.Verify(
            d => d.SaveAsync(
                It.Is<StrategyChange>(c => c.ETag == "W/\"1\"" && c.Submission!.Actor == StrategyWorld.FocalPointEmail && c.Submission.SubmittedUtc == StrategyWorld.Now && c.Receipt == null
                    && c.Progress[StrategyStep.RiskAssessment].Status == StepStatus.Submitted && c.Audit!.Kind == "submission"),
                It.IsAny<CancellationToken>()),
            Times.Once);
        world.VerifyLoadedOnce();
        world.Strategies.VerifyNoOtherCalls();

        // The answer is given; the relay raises the event, then forgets it.
        using var stop = new CancellationTokenSource();
        Task running = world.Relay.RunAsync(stop.Token);
        await forgotten.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.Equal(["commit", "raise", "forget"], order);
    }

    [Fact]
    public async Task A_key_reused_for_other_content_is_unprocessable_and_nothing_is_handed_over()
    {
        // The key's row made the write fail; what the key stored is then loaded with the strategy.
        var world = new StrategyWorld().WithDirectory().WithProgress(StrategyWorld.RiskAssessmentOpen());
        world.Strategies.Setup(d => d.SaveAsync(It.IsAny<StrategyChange>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);
        world.ThenLoads(Submitted(), new SubmissionReceipt(StrategyStep.RiskAssessment, KeyHash("k1"), "another body", 1));

        Outcome<StepVersion> outcome = await world.SubmitStep().ExecuteAsync(Command(StrategyWorld.FocalPoint, Valid, key: "k1"), world.Workflows.Object, CancellationToken.None);

        Assert.Equal("This Idempotency-Key was used for a different submission.", Assert.IsType<Unprocessable>(outcome.Failure).Detail);
        world.Strategies.Verify(d => d.SaveAsync(It.IsAny<StrategyChange>(), It.IsAny<CancellationToken>()), Times.Once);
        world.Workflows.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task A_retry_with_the_same_key_after_the_step_moved_on_answers_the_stored_version_without_writing()
    {
        // The step waits for review (the first request was accepted): the key is looked up before refusing.
        var world = new StrategyWorld().WithDirectory().WithProgress(Submitted());
        string body = StepContentJson.Serialize(StepContents.Complete(StrategyStep.RiskAssessment));
        world.ThenLoads(Submitted(), new SubmissionReceipt(StrategyStep.RiskAssessment, KeyHash("k1"), KeyHash(body), 1));

        Outcome<StepVersion> outcome = await world.SubmitStep().ExecuteAsync(Command(StrategyWorld.FocalPoint, Valid, key: "k1"), world.Workflows.Object, CancellationToken.None);

        Assert.Equal(new StepVersion(StrategyWorld.CycleId, StrategyWorld.Country, StrategyStep.RiskAssessment, 1), outcome.Value);
        world.Strategies.Verify(d => d.LoadAsync(StrategyWorld.CycleId, StrategyWorld.Country, new SubmissionKey(StrategyStep.RiskAssessment, KeyHash("k1")), It.IsAny<CancellationToken>()), Times.Once);
        world.VerifyLoadedOnce();
        world.Strategies.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task A_submission_that_lost_the_race_is_decided_again_on_what_is_stored_and_refused()
    {
        var world = new StrategyWorld().WithDirectory().WithProgress(StrategyWorld.RiskAssessmentOpen());
        world.Strategies.Setup(d => d.SaveAsync(It.IsAny<StrategyChange>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);
        world.ThenLoads(Submitted());

        Outcome<StepVersion> outcome = await world.SubmitStep().ExecuteAsync(Command(StrategyWorld.FocalPoint, Valid), world.Workflows.Object, CancellationToken.None);

        Assert.Contains("waiting for review", Assert.IsType<Conflict>(outcome.Failure).Detail, StringComparison.Ordinal);
        world.Strategies.Verify(d => d.SaveAsync(It.IsAny<StrategyChange>(), It.IsAny<CancellationToken>()), Times.Once);
        world.Workflows.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Conflicts_are_retried_a_bounded_number_of_times()
    {
        var world = new StrategyWorld().WithDirectory().WithProgress(StrategyWorld.RiskAssessmentOpen());
        world.Strategies.Setup(d => d.SaveAsync(It.IsAny<StrategyChange>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);
        world.ThenLoads(StrategyWorld.RiskAssessmentOpen());

        Outcome<StepVersion> outcome = await world.SubmitStep().ExecuteAsync(Command(StrategyWorld.FocalPoint, Valid), world.Workflows.Object, CancellationToken.None);

        Assert.IsType<Conflict>(outcome.Failure);
        world.Strategies.Verify(d => d.SaveAsync(It.IsAny<StrategyChange>(), It.IsAny<CancellationToken>()), Times.Exactly(SubmitStep.MaxAttempts));
    }

    private static StrategyProgress Submitted() => StrategyWorld.RiskAssessmentOpen().Submitted(StrategyStep.RiskAssessment, StrategyWorld.Now);

    private static string KeyHash(string text) => Common.Fingerprint.Sha256Hex(text);

    private Task<Outcome<StepContent>> Valid(StrategyStep step, CancellationToken cancellationToken) => Read(StepContents.Complete(step));

    private Task<Outcome<StepContent>> Read(StepContent content)
    {
        reads++;
        return Task.FromResult<Outcome<StepContent>>(content);
    }

    private static SubmitStepCommand Command(Caller? caller, StepInput content, string step = Slug, string? key = null) =>
        new(caller, StrategyWorld.CycleId, StrategyWorld.Country, step, key, content);
}
