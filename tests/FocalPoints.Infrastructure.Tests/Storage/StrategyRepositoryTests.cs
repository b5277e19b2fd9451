using Azure.Data.Tables;
using FocalPoints.Application.Access;
using FocalPoints.Application.Outbox;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Strategies;
using FocalPoints.Application.Strategies.Progress;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Infrastructure.Storage;
using FocalPoints.Testing.Builders;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace FocalPoints.Infrastructure.Tests.Storage;

/// <summary>
/// The repository against Azurite: a change is saved whole or not at all, a change decided on a
/// stale load is refused (never decided by the store), and the use cases' races end with one winner.
/// </summary>
public sealed class StrategyRepositoryTests(StoreFixture store) : IClassFixture<StoreFixture>
{
    private const StrategyStep Risk = StrategyStep.RiskAssessment;
    private const string FocalPointEmail = "fp@gha.example";
    private static readonly DateTime Now = new(2027, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan StepDuration = TimeSpan.FromDays(60);
    private static readonly TimeSpan ReviewDuration = TimeSpan.FromDays(14);
    private static readonly Caller FocalPoint = new("Focal point", FocalPointEmail, new HashSet<string> { Roles.FocalPoint });
    private static readonly Caller Coordinator = new("Coordinator", "co@network.example", new HashSet<string> { Roles.Coordinator });
    private static readonly string Json = StepContentJson.Serialize(StepContents.Complete(Risk));

    private async Task OpenAsync(string cycleId)
    {
        var schedule = new CycleSchedule(StepDuration, ReviewDuration, [], TimeSpan.FromDays(7), TimeSpan.FromDays(14));
        await store.Directory.PutMemberAsync(new Member("GHA", "Ghana", RegionalGroup.AfricanStates, [new Contact("Focal point", FocalPointEmail, Language.En, "UTC")]), CancellationToken.None);
        await store.Cycles.TryAddCycleAsync(new CycleRecord(new CycleDefinition(cycleId, "T", ["GHA"], schedule), "hash", Now), CancellationToken.None);
        await store.Strategies.AddMissingAsync([StrategyProgress.Start(cycleId, "GHA", Now)], CancellationToken.None);
        Assert.True(await new OpenStep(store.Strategies).ExecuteAsync(cycleId, "GHA", Risk, Now, Now + StepDuration, CancellationToken.None));
    }

    private Task<Strategy> LoadAsync(string cycleId) => store.Strategies.LoadAsync(cycleId, "GHA", null, CancellationToken.None)!;

    private static StrategyChange Submission(Strategy strategy, string? keyHash = null) =>
        ((SubmitDecision.Accepted)strategy.Submit(Risk, new SubmissionRequest(Json, "body", keyHash), FocalPointEmail, Now)).Change;

    private static StrategyChange Review(Strategy strategy, ReviewDecision decision, string? comments = null) =>
        strategy.Review(Risk, decision, comments, "co@network.example", Now, strategy.Progress[Risk].SubmittedVersions, StepDuration, ReviewDuration).Change!;

    private async Task<StrategyProgress> ProgressAsync(string cycleId) => (await LoadAsync(cycleId)).Progress;

    private static OutboxRelay Relay(IStepDocumentStore documents) => new(
        new WorkflowEventOutbox(documents, new OutboxOptions(), TimeProvider.System, NullLogger<WorkflowEventOutbox>.Instance),
        new OutboxOptions(),
        TimeProvider.System,
        NullLogger<OutboxRelay>.Instance);

    private SubmitStep SubmitStep(TableServiceClient? tables = null)
    {
        tables ??= store.Tables;
        var cycles = new TableCycleStore(tables);
        var documents = new TableStepDocumentStore(tables, cycles);
        return new SubmitStep(
            new StrategyAccess(new AccessControl(new TableDirectoryStore(tables)), new TableStrategyRepository(tables)), new TableStrategyRepository(tables), new ApprovedStrategies(documents), Relay(documents), TimeProvider.System);
    }

    private static SubmitStepCommand Submit(string cycleId, string? key = null) =>
        new(FocalPoint, cycleId, "GHA", "risk-assessment", key, (step, _) => Task.FromResult<Outcome<StepContent>>(StepContents.Complete(step)));

    private static ReviewStepCommand ReviewCommand(string cycleId, ReviewDecision decision, string? comments = null) =>
        new(Coordinator, cycleId, "GHA", "risk-assessment", _ => Task.FromResult<Outcome<ReviewInput>>(new ReviewInput(decision, comments)));

    [Fact]
    public async Task Two_submissions_racing_one_wins()
    {
        await OpenAsync("race");
        SubmitStep submit = SubmitStep();

        Outcome<StepVersion>[] outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => submit.ExecuteAsync(Submit("race"), Mock.Of<IStrategyWorkflows>(), CancellationToken.None)));

        Assert.Single(outcomes, o => o.Failure is null);
        Assert.Equal(3, outcomes.Count(o => o.Failure is Conflict));
        Assert.Equal(1, (await ProgressAsync("race"))[Risk].SubmittedVersions);
    }

    [Fact]
    public async Task A_submission_is_one_read_of_the_row_and_one_transaction_and_its_retry_with_the_key_is_the_same_answer()
    {
        await OpenAsync("fromread");
        SubmitStep submit = SubmitStep();

        long before = store.Requests.Count;
        Outcome<StepVersion> first = await submit.ExecuteAsync(Submit("fromread", key: "k-1"), Mock.Of<IStrategyWorkflows>(), CancellationToken.None);
        long requests = store.Requests.Count - before;

        // The same request again: the step now waits for review, so the key is looked up and answers.
        Outcome<StepVersion> again = await submit.ExecuteAsync(Submit("fromread", key: "k-1"), Mock.Of<IStrategyWorkflows>(), CancellationToken.None);

        Assert.Null(first.Failure);
        Assert.Equal(3, requests); // the directory entry (who may submit), the progress row, the transaction
        Assert.Equal(first.Value, again.Value);
        Assert.Equal(1, (await ProgressAsync("fromread"))[Risk].SubmittedVersions);
        Outcome<StepVersion> other = await submit.ExecuteAsync(
            Submit("fromread", key: "k-1") with { Content = (_, _) => Task.FromResult<Outcome<StepContent>>(new RiskAssessmentBuilder().WithFactor("RF1", RiskRating.Severe).Build()) },
            Mock.Of<IStrategyWorkflows>(),
            CancellationToken.None);
        Assert.IsType<Unprocessable>(other.Failure);
    }

    [Fact]
    public async Task A_review_lands_when_the_workflow_wrote_the_progress_row_after_it_was_read()
    {
        await OpenAsync("raced");
        Assert.True(await store.Strategies.SaveAsync(Submission(await LoadAsync("raced")), CancellationToken.None));
        var workflow = new WritesAfterFirstLoad(store.Strategies, new RescheduleStep(store.Strategies));
        var review = new ReviewStep(store.Cycles, workflow, Relay(store.Documents), new FixedTime(Now));

        Outcome<StepVersion> outcome = await review.ExecuteAsync(ReviewCommand("raced", ReviewDecision.Approve), Mock.Of<IStrategyWorkflows>(), CancellationToken.None);

        Assert.Null(outcome.Failure);
        Assert.Equal(1, workflow.Writes);
        StrategyProgress approved = await ProgressAsync("raced");
        Assert.Equal(StepStatus.Approved, approved[Risk].Status);
        StepProgress next = approved[StrategyStep.ActionPrioritisation];
        Assert.Equal((StepStatus.Open, Now, Now + StepDuration), (next.Status, next.OpenedUtc, next.DueUtc)); // in the review's own write
        Assert.IsType<Conflict>((await review.ExecuteAsync(ReviewCommand("raced", ReviewDecision.Return, "Again"), Mock.Of<IStrategyWorkflows>(), CancellationToken.None)).Failure);
    }

    [Fact]
    public async Task Submitted_versions_are_immutable_and_reviews_recorded_per_version()
    {
        await OpenAsync("versions");
        Assert.True(await store.Strategies.SaveAsync(Submission(await LoadAsync("versions")), CancellationToken.None));
        Assert.True(await store.Strategies.SaveAsync(Review(await LoadAsync("versions"), ReviewDecision.Return, "More evidence"), CancellationToken.None));
        Assert.True(await store.Strategies.SaveAsync(Submission(await LoadAsync("versions")), CancellationToken.None));

        Assert.Equal(2, (await ProgressAsync("versions"))[Risk].SubmittedVersions);
        Assert.Equal(Json, (await store.Documents.GetSubmissionAsync("versions", "GHA", Risk, 1, CancellationToken.None))!.ContentJson);
        Assert.Equal(Json, (await store.Documents.GetSubmissionAsync("versions", "GHA", Risk, 2, CancellationToken.None))!.ContentJson);
        Assert.Equal("More evidence", (await store.Documents.GetReviewAsync("versions", "GHA", Risk, 1, CancellationToken.None))!.Comments);
        Assert.Null(await store.Documents.GetReviewAsync("versions", "GHA", Risk, 2, CancellationToken.None));
        IReadOnlyList<AuditEvent> timeline = await store.Reads.ListAuditAsync("versions", "GHA", CancellationToken.None);
        Assert.Equal(["review", "submission", "submission"], timeline.Select(a => a.Kind).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_change_decided_on_a_stale_load_writes_nothing()
    {
        await OpenAsync("stale");
        Strategy read = await LoadAsync("stale");
        Assert.True(await store.Strategies.SaveAsync(Submission(read), CancellationToken.None));

        // The same version decided again on the read before the first: the other writer's row is not taken for this one's.
        Assert.False(await store.Strategies.SaveAsync(Submission(read), CancellationToken.None));

        Strategy submitted = await LoadAsync("stale");
        Assert.True(await store.Strategies.SaveAsync(Review(submitted, ReviewDecision.Return, "More"), CancellationToken.None));
        Assert.False(await store.Strategies.SaveAsync(Review(submitted, ReviewDecision.Approve), CancellationToken.None));
        Assert.Equal(StepStatus.Returned, (await ProgressAsync("stale"))[Risk].Status);
        Assert.Equal(1, (await ProgressAsync("stale"))[Risk].SubmittedVersions);
    }

    [Fact]
    public async Task An_overdue_notice_is_saved_on_the_row_it_was_decided_on_and_its_line_later_gains_its_recipients()
    {
        await OpenAsync("overdue");
        DateTime late = Now + StepDuration + TimeSpan.FromDays(3);
        const string NoticeId = "strategy:overdue:GHA|RiskAssessment|r0|2|Escalation";
        Strategy read = await LoadAsync("overdue");
        string etag = read.ETag;

        Assert.True(await store.Strategies.SaveAsync(read.Overdue(Risk, NotificationMoment.Escalation, late, NoticeId)!, CancellationToken.None));
        await store.Strategies.AddToTimelineAsync(
            new AuditEvent("overdue", "GHA", late, "escalation", Risk, AuditEvent.SystemActor, null, NoticeId, ["co@network.example"]), CancellationToken.None);

        AuditEvent line = Assert.Single(await store.Reads.ListAuditAsync("overdue", "GHA", CancellationToken.None));
        Assert.Equal(("escalation", NoticeId, late), (line.Kind, line.Id, line.AtUtc));
        Assert.Equal(["co@network.example"], line.Recipients);
        Strategy after = await LoadAsync("overdue");
        Assert.NotEqual(etag, after.ETag);
        Assert.Equal(Now, after.Progress.LastActivityUtc); // a notice is not the country's activity
    }

    [Fact]
    public async Task An_overdue_notice_decided_before_a_submission_was_saved_writes_nothing()
    {
        await OpenAsync("latenotice");
        DateTime late = Now + StepDuration + TimeSpan.FromDays(3);
        Strategy read = await LoadAsync("latenotice");
        StrategyChange notice = read.Overdue(Risk, NotificationMoment.Overdue, late, "notice")!;

        // The focal point submits (late) before the notice is saved: the notice's ETag is stale.
        Assert.True(await store.Strategies.SaveAsync(Submission(read), CancellationToken.None));

        Assert.False(await store.Strategies.SaveAsync(notice, CancellationToken.None));
        Assert.Null((await LoadAsync("latenotice")).Overdue(Risk, NotificationMoment.Overdue, late, "notice"));
        Assert.Equal(["submission"], (await store.Reads.ListAuditAsync("latenotice", "GHA", CancellationToken.None)).Select(a => a.Kind));
    }

    [Fact]
    public async Task A_key_taken_by_another_request_fails_the_save_and_is_loaded_with_the_strategy()
    {
        await OpenAsync("key");
        Strategy read = await LoadAsync("key");
        Assert.True(await store.Strategies.SaveAsync(Submission(read, keyHash: "K"), CancellationToken.None));

        // A fresh ETag, but the key's row exists: nothing is written.
        Strategy returned = await LoadAsync("key");
        Assert.True(await store.Strategies.SaveAsync(Review(returned, ReviewDecision.Return, "More"), CancellationToken.None));
        Assert.False(await store.Strategies.SaveAsync(Submission(await LoadAsync("key"), keyHash: "K"), CancellationToken.None));

        Strategy withKey = (await store.Strategies.LoadAsync("key", "GHA", new SubmissionKey(Risk, "K"), CancellationToken.None))!;
        Assert.Equal(new KeyLookup("K", new SubmissionReceipt(Risk, "K", "body", 1)), withKey.Key);
        Assert.Equal(new KeyLookup("N", null), (await store.Strategies.LoadAsync("key", "GHA", new SubmissionKey(Risk, "N"), CancellationToken.None))!.Key);
        Assert.Equal(1, (await ProgressAsync("key"))[Risk].SubmittedVersions);
    }

    [Fact]
    public async Task A_submission_and_a_review_whose_answer_was_lost_are_saved_when_the_sdk_sends_them_again()
    {
        await OpenAsync("lost");
        var loses = new LosesFirstTransactionAnswer();
        var options = StorageClientPolicy.Apply(new TableClientOptions());
        options.AddPolicy(loses, Azure.Core.HttpPipelinePosition.PerRetry);
        var repository = new TableStrategyRepository(new TableServiceClient(store.Connection, options));

        // No Idempotency-Key: the retry cannot be recognised by a key row.
        bool submitted = await repository.SaveAsync(Submission(await LoadAsync("lost")), CancellationToken.None);
        loses.Arm();
        bool reviewed = await repository.SaveAsync(Review(await LoadAsync("lost"), ReviewDecision.Approve), CancellationToken.None);

        Assert.Equal(2, loses.Lost);
        Assert.True(submitted);
        Assert.True(reviewed);
        StrategyProgress progress = await ProgressAsync("lost");
        Assert.Equal(1, progress[Risk].SubmittedVersions);
        Assert.Equal(StepStatus.Approved, progress[Risk].Status);
        Assert.Equal(2, (await store.Documents.ListPendingEventsAsync(DateTime.MaxValue, CancellationToken.None)).Count(p => p.CycleId == "lost"));
    }

    /// <summary>Lets a table transaction through to the store, then loses its answer (as a network timeout would) — once after each <see cref="Arm"/>, and once from the start.</summary>
    private sealed class LosesFirstTransactionAnswer : Azure.Core.Pipeline.HttpPipelinePolicy
    {
        private int armed = 1;

        public int Lost { get; private set; }

        public void Arm() => armed = 1;

        public override void Process(Azure.Core.HttpMessage message, ReadOnlyMemory<Azure.Core.Pipeline.HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException("The stores call asynchronously.");

        public override async ValueTask ProcessAsync(Azure.Core.HttpMessage message, ReadOnlyMemory<Azure.Core.Pipeline.HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            if (message.Request.Uri.Path.EndsWith("/$batch", StringComparison.Ordinal) && message.Response.Status == 202 && Interlocked.Exchange(ref armed, 0) == 1)
            {
                Lost++;
                throw new IOException("The answer to a committed transaction was lost.");
            }
        }
    }

    /// <summary>A clock that always says <paramref name="now"/>.</summary>
    private sealed class FixedTime(DateTime now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(now);
    }

    /// <summary>The real repository, except that right after the first load the workflow writes the row (a new due date).</summary>
    private sealed class WritesAfterFirstLoad(IStrategyRepository real, RescheduleStep workflow) : IStrategyRepository
    {
        private int writes;

        public int Writes => writes;

        public async Task<Strategy?> LoadAsync(string cycleId, string country, SubmissionKey? key, CancellationToken cancellationToken)
        {
            Strategy? read = await real.LoadAsync(cycleId, country, key, cancellationToken);
            if (Interlocked.CompareExchange(ref writes, 1, 0) == 0)
            {
                Assert.True(await workflow.ExecuteAsync(cycleId, country, Risk, read!.Progress[Risk].DueUtc!.Value.AddDays(1), cancellationToken));
            }

            return read;
        }

        public Task AddMissingAsync(IReadOnlyList<StrategyProgress> started, CancellationToken cancellationToken) => real.AddMissingAsync(started, cancellationToken);

        public Task<bool> SaveAsync(StrategyChange change, CancellationToken cancellationToken) => real.SaveAsync(change, cancellationToken);

        public Task AddToTimelineAsync(AuditEvent sent, CancellationToken cancellationToken) => real.AddToTimelineAsync(sent, cancellationToken);
    }
}
