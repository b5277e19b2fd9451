using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Framework;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Validation;
using FocalPoints.Infrastructure.Storage;
using FocalPoints.Testing.Builders;

namespace FocalPoints.Infrastructure.Tests.Storage;

public sealed class StepDocumentStoreTests(StoreFixture store) : IClassFixture<StoreFixture>
{
    private static readonly DateTime Now = new(2027, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan StepDuration = TimeSpan.FromDays(60);

    private async Task OpenAsync(string cycleId)
    {
        var schedule = new CycleSchedule(TimeSpan.FromDays(60), TimeSpan.FromDays(14), [], TimeSpan.FromDays(7), TimeSpan.FromDays(14));
        await store.Cycles.TryAddCycleAsync(new CycleRecord(new CycleDefinition(cycleId, "T", ["GHA"], schedule), "hash", Now), CancellationToken.None);
        await store.Cycles.AddMissingProgressAsync(cycleId, ["GHA"], Now, CancellationToken.None);
        await store.Cycles.UpdateProgressAsync(cycleId, "GHA", p => p.Opened(StrategyStep.RiskAssessment, Now, Now.AddDays(60)), CancellationToken.None);
    }

    private static SubmitCommand Submit(string cycleId, string json, string? key = null) =>
        new(cycleId, "GHA", StrategyStep.RiskAssessment, json, key, "fp@gha.example", Now);

    [Fact]
    public async Task Risk_assessment_at_the_256_KiB_limit_is_stored_and_read_back_whole()
    {
        await OpenAsync("big");
        // Every text field at its 4,000-character limit, in a three-byte script: just under 256 KiB of UTF-8.
        string text = string.Concat(Enumerable.Repeat("危险评估", 1000));
        var builder = new RiskAssessmentBuilder();
        foreach (RiskFactor factor in RiskFactors.All)
        {
            builder.WithFactor(factor.Id, RiskRating.Moderate, Trend.Stable, text);
        }

        foreach (Restraint restraint in Restraints.All)
        {
            builder.WithRestraint(restraint.Id, Capacity.Weak, text);
        }

        string json = StepContentJson.Serialize(builder.Build());
        int bytes = Encoding.UTF8.GetByteCount(json);
        Assert.InRange(bytes, 250_000, TextLimits.MaxBodyBytes);

        await store.Documents.PutDraftAsync("big", "GHA", StrategyStep.RiskAssessment, json, CancellationToken.None);
        SubmitOutcome outcome = await store.Documents.SubmitAsync(Submit("big", json), CancellationToken.None);

        Assert.Equal(SubmitResult.Accepted, outcome.Result);
        Assert.Equal(json, await store.Documents.GetDraftAsync("big", "GHA", StrategyStep.RiskAssessment, CancellationToken.None));
        StoredSubmission? stored = await store.Documents.GetSubmissionAsync("big", "GHA", StrategyStep.RiskAssessment, outcome.Version, CancellationToken.None);
        Assert.Equal(json, stored!.ContentJson);
        Assert.Equal(text, JsonDocument.Parse(stored.ContentJson).RootElement.GetProperty("resilience")[6].GetProperty("notes").GetString());
    }

    [Fact]
    public async Task Content_at_the_256_KiB_limit_in_four_byte_characters_fits_one_entity_by_Azures_count()
    {
        await OpenAsync("astral");
        // Action titles in characters outside the Basic Multilingual Plane (4 bytes in UTF-8, a surrogate
        // pair in UTF-16), varied so that nothing compresses them: just under 256 KiB of UTF-8.
        var random = new Random(8);
        string Title() => string.Concat(Enumerable.Range(0, 1_990).Select(_ => char.ConvertFromUtf32(random.Next(0x20000, 0x2A6D6))));
        var builder = new ActionPrioritisationBuilder();
        for (int i = 1; i <= 32; i++)
        {
            builder.WithAction(Title(), "R1", i, ["RF1"]);
        }

        string json = StepContentJson.Serialize(builder.Build());
        // As a focal point sends it (each character as its 4 UTF-8 bytes, not a 12-byte escape pair).
        int sentBytes = Encoding.UTF8.GetByteCount(json) - (8 * 32 * 1_990);
        Assert.InRange(sentBytes, 250_000, TextLimits.MaxBodyBytes);

        // The store does not read the content: any step's row will do.
        await store.Documents.PutDraftAsync("astral", "GHA", StrategyStep.RiskAssessment, json, CancellationToken.None);
        SubmitOutcome outcome = await store.Documents.SubmitAsync(Submit("astral", json), CancellationToken.None);

        Assert.Equal(SubmitResult.Accepted, outcome.Result);
        foreach (string row in new[] { "draft|GHA|RiskAssessment", "submission|GHA|RiskAssessment|0001" })
        {
            TableEntity stored = (await store.Tables.GetTableClient(TableNames.Cycles).GetEntityAsync<TableEntity>("astral", row)).Value;
            Assert.InRange(EntitySize.Of(stored), 0, EntitySize.MaxEntityBytes);
        }

        Assert.Equal(json, await store.Documents.GetDraftAsync("astral", "GHA", StrategyStep.RiskAssessment, CancellationToken.None));
        Assert.Equal(json, (await store.Documents.GetSubmissionAsync("astral", "GHA", StrategyStep.RiskAssessment, outcome.Version, CancellationToken.None))!.ContentJson);
    }

    [Fact]
    public async Task Drafts_stored_by_the_first_release_as_string_parts_are_still_read()
    {
        await OpenAsync("legacy");
        string json = StepContentJson.Serialize(new RiskAssessmentBuilder().Build());
        await store.Tables.GetTableClient(TableNames.Cycles).AddEntityAsync(new TableEntity("legacy", "draft|GHA|RiskAssessment")
        {
            ["ContentParts"] = 2,
            ["Content0"] = json[..100],
            ["Content1"] = json[100..],
        });

        Assert.Equal(json, await store.Documents.GetDraftAsync("legacy", "GHA", StrategyStep.RiskAssessment, CancellationToken.None));
    }

    [Fact]
    public async Task Two_submissions_racing_one_wins()
    {
        await OpenAsync("race");
        string json = StepContentJson.Serialize(new RiskAssessmentBuilder().Build());

        SubmitOutcome[] outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => store.Documents.SubmitAsync(Submit("race", json), CancellationToken.None)));

        Assert.Single(outcomes, o => o.Result == SubmitResult.Accepted);
        Assert.Equal(3, outcomes.Count(o => o.Result == SubmitResult.Refused));
        Assert.Equal(1, (await store.Cycles.GetProgressAsync("race", "GHA", CancellationToken.None))!.Value[StrategyStep.RiskAssessment].SubmittedVersions);
    }

    [Fact]
    public async Task Submitted_versions_are_immutable_and_reviews_recorded_per_version()
    {
        await OpenAsync("versions");
        string first = StepContentJson.Serialize(new RiskAssessmentBuilder().WithFactor("RF1", RiskRating.High).Build());
        string second = StepContentJson.Serialize(new RiskAssessmentBuilder().WithFactor("RF1", RiskRating.Severe).Build());

        Assert.Equal(1, (await store.Documents.SubmitAsync(Submit("versions", first), CancellationToken.None)).Version);
        Assert.True((await store.Documents.ReviewAsync(new ReviewCommand("versions", "GHA", StrategyStep.RiskAssessment, ReviewDecision.Return, "More evidence", "c@n.example", Now, StepDuration), CancellationToken.None)).Accepted);
        Assert.False((await store.Documents.ReviewAsync(new ReviewCommand("versions", "GHA", StrategyStep.RiskAssessment, ReviewDecision.Approve, null, "c@n.example", Now, StepDuration), CancellationToken.None)).Accepted);
        Assert.Equal(2, (await store.Documents.SubmitAsync(Submit("versions", second), CancellationToken.None)).Version);

        int latest = (await store.Cycles.GetProgressAsync("versions", "GHA", CancellationToken.None))!.Value[StrategyStep.RiskAssessment].SubmittedVersions;
        Assert.Equal(2, latest);
        Assert.Equal(second, (await store.Documents.GetSubmissionAsync("versions", "GHA", StrategyStep.RiskAssessment, latest, CancellationToken.None))!.ContentJson);
        Assert.Equal(first, (await store.Documents.GetSubmissionAsync("versions", "GHA", StrategyStep.RiskAssessment, 1, CancellationToken.None))!.ContentJson);
        Assert.Equal("More evidence", (await store.Documents.GetReviewAsync("versions", "GHA", StrategyStep.RiskAssessment, 1, CancellationToken.None))!.Comments);
        Assert.Null(await store.Documents.GetReviewAsync("versions", "GHA", StrategyStep.RiskAssessment, 2, CancellationToken.None));
    }

    [Fact]
    public async Task A_review_lands_when_the_workflow_wrote_the_progress_row_after_it_was_read()
    {
        await OpenAsync("raced");
        string json = StepContentJson.Serialize(StepContents.Complete(StrategyStep.RiskAssessment));
        Assert.Equal(SubmitResult.Accepted, (await store.Documents.SubmitAsync(Submit("raced", json), CancellationToken.None)).Result);
        var workflow = new WritesAfterFirstRead(store.Cycles);
        var documents = new TableStepDocumentStore(store.Tables, workflow);

        ReviewOutcome outcome = await documents.ReviewAsync(new ReviewCommand("raced", "GHA", StrategyStep.RiskAssessment, ReviewDecision.Approve, null, "c@n.example", Now, StepDuration), CancellationToken.None);

        Assert.True(outcome.Accepted, outcome.Reason);
        Assert.Equal(1, workflow.Writes);
        StrategyProgress approved = (await store.Cycles.GetProgressAsync("raced", "GHA", CancellationToken.None))!.Value;
        Assert.Equal(StepStatus.Approved, approved[StrategyStep.RiskAssessment].Status);
        StepProgress next = approved[StrategyStep.ActionPrioritisation];
        Assert.Equal((StepStatus.Open, Now, Now + StepDuration), (next.Status, next.OpenedUtc, next.DueUtc)); // in the review's own write
        Assert.False((await documents.ReviewAsync(new ReviewCommand("raced", "GHA", StrategyStep.RiskAssessment, ReviewDecision.Return, "Again", "c@n.example", Now, StepDuration), CancellationToken.None)).Accepted);
    }

    [Fact]
    public async Task A_submission_that_starts_from_the_callers_read_is_one_request_and_its_retry_is_still_a_duplicate()
    {
        await OpenAsync("fromread");
        string json = StepContentJson.Serialize(StepContents.Complete(StrategyStep.RiskAssessment));
        Versioned<StrategyProgress> read = (await store.Cycles.GetProgressAsync("fromread", "GHA", CancellationToken.None))!;

        long before = store.Requests.Count;
        SubmitOutcome first = await store.Documents.SubmitAsync(Submit("fromread", json, key: "k-1") with { Read = read }, CancellationToken.None);
        long requests = store.Requests.Count - before;

        // The same request again, starting from the same (now stale) read: answered from the key's row.
        SubmitOutcome again = await store.Documents.SubmitAsync(Submit("fromread", json, key: "k-1") with { Read = read }, CancellationToken.None);

        Assert.Equal(SubmitResult.Accepted, first.Result);
        Assert.Equal(1, requests);
        Assert.Equal(SubmitResult.Duplicate, again.Result);
        Assert.Equal(first.Version, again.Version);
        Assert.Equal(1, (await store.Cycles.GetProgressAsync("fromread", "GHA", CancellationToken.None))!.Value[StrategyStep.RiskAssessment].SubmittedVersions);
    }

    [Fact]
    public async Task A_review_decided_on_one_version_is_not_recorded_against_a_newer_one()
    {
        await OpenAsync("newer");
        string json = StepContentJson.Serialize(StepContents.Complete(StrategyStep.RiskAssessment));
        Assert.Equal(SubmitResult.Accepted, (await store.Documents.SubmitAsync(Submit("newer", json), CancellationToken.None)).Result);
        Versioned<StrategyProgress> readAtVersion1 = (await store.Cycles.GetProgressAsync("newer", "GHA", CancellationToken.None))!;

        // Meanwhile another coordinator returns version 1 and the focal point submits version 2.
        Assert.True((await store.Documents.ReviewAsync(new ReviewCommand("newer", "GHA", StrategyStep.RiskAssessment, ReviewDecision.Return, "More evidence", "b@n.example", Now, StepDuration), CancellationToken.None)).Accepted);
        await store.Cycles.UpdateProgressAsync("newer", "GHA", p => p.Opened(StrategyStep.RiskAssessment, Now, Now.AddDays(60)), CancellationToken.None);
        Assert.Equal(2, (await store.Documents.SubmitAsync(Submit("newer", json), CancellationToken.None)).Version);

        ReviewOutcome late = await store.Documents.ReviewAsync(
            new ReviewCommand("newer", "GHA", StrategyStep.RiskAssessment, ReviewDecision.Approve, null, "a@n.example", Now, StepDuration) { Read = readAtVersion1 }, CancellationToken.None);

        Assert.False(late.Accepted);
        Assert.Null(await store.Documents.GetReviewAsync("newer", "GHA", StrategyStep.RiskAssessment, 2, CancellationToken.None));
        Assert.Equal(StepStatus.Submitted, (await store.Cycles.GetProgressAsync("newer", "GHA", CancellationToken.None))!.Value[StrategyStep.RiskAssessment].Status);
    }

    [Fact]
    public async Task A_submission_and_a_review_whose_answer_was_lost_are_accepted_when_the_sdk_sends_them_again()
    {
        await OpenAsync("lost");
        string json = StepContentJson.Serialize(StepContents.Complete(StrategyStep.RiskAssessment));
        var loses = new LosesFirstTransactionAnswer();
        var options = StorageClientPolicy.Apply(new TableClientOptions());
        options.AddPolicy(loses, Azure.Core.HttpPipelinePosition.PerRetry);
        var tables = new TableServiceClient(store.Connection, options);
        var cycles = new TableCycleStore(tables);
        var documents = new TableStepDocumentStore(tables, cycles);

        // No Idempotency-Key: the retry cannot be recognised by a key row.
        SubmitOutcome submitted = await documents.SubmitAsync(Submit("lost", json), CancellationToken.None);
        loses.Arm();
        ReviewOutcome reviewed = await documents.ReviewAsync(new ReviewCommand("lost", "GHA", StrategyStep.RiskAssessment, ReviewDecision.Approve, null, "c@n.example", Now, StepDuration), CancellationToken.None);

        Assert.Equal(2, loses.Lost);
        Assert.Equal(SubmitResult.Accepted, submitted.Result);
        Assert.Equal(1, submitted.Version);
        Assert.NotNull(submitted.HandOver);
        Assert.True(reviewed.Accepted, reviewed.Reason);
        Assert.Equal(1, reviewed.Version);
        Assert.NotNull(reviewed.HandOver);
        StrategyProgress progress = (await cycles.GetProgressAsync("lost", "GHA", CancellationToken.None))!.Value;
        Assert.Equal(1, progress[StrategyStep.RiskAssessment].SubmittedVersions);
        Assert.Equal(StepStatus.Approved, progress[StrategyStep.RiskAssessment].Status);
    }

    [Fact]
    public async Task A_submission_that_lost_to_someone_elses_is_refused_not_taken_for_its_own()
    {
        await OpenAsync("lostrace");
        string json = StepContentJson.Serialize(StepContents.Complete(StrategyStep.RiskAssessment));
        Versioned<StrategyProgress> read = (await store.Cycles.GetProgressAsync("lostrace", "GHA", CancellationToken.None))!;
        Assert.Equal(SubmitResult.Accepted, (await store.Documents.SubmitAsync(Submit("lostrace", json), CancellationToken.None)).Result);

        // Starting from the read before the other submission: the transaction fails on the other's change.
        SubmitOutcome late = await store.Documents.SubmitAsync(Submit("lostrace", json) with { Read = read }, CancellationToken.None);

        Assert.Equal(SubmitResult.Refused, late.Result);
        Assert.Equal(1, (await store.Cycles.GetProgressAsync("lostrace", "GHA", CancellationToken.None))!.Value[StrategyStep.RiskAssessment].SubmittedVersions);
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

    /// <summary>The real cycle store, except that right after the first progress read the workflow writes the row (as a reminder or a new due date would).</summary>
    private sealed class WritesAfterFirstRead(ICycleStore real) : ICycleStore
    {
        private int writes;

        public int Writes => writes;

        public async Task<Versioned<StrategyProgress>?> GetProgressAsync(string cycleId, string country, CancellationToken cancellationToken)
        {
            Versioned<StrategyProgress>? read = await real.GetProgressAsync(cycleId, country, cancellationToken);
            if (Interlocked.CompareExchange(ref writes, 1, 0) == 0)
            {
                await real.UpdateProgressAsync(cycleId, country, p => p with { LastActivityUtc = p.LastActivityUtc.AddSeconds(1) }, cancellationToken);
            }

            return read;
        }

        public Task<CycleRecord?> GetCycleAsync(string cycleId, CancellationToken cancellationToken) => real.GetCycleAsync(cycleId, cancellationToken);

        public Task<IReadOnlyList<CycleRecord>> ListCyclesAsync(CancellationToken cancellationToken) => real.ListCyclesAsync(cancellationToken);

        public Task<bool> TryAddCycleAsync(CycleRecord cycle, CancellationToken cancellationToken) => real.TryAddCycleAsync(cycle, cancellationToken);

        public Task AddMissingProgressAsync(string cycleId, IReadOnlyList<string> countries, DateTime nowUtc, CancellationToken cancellationToken, IReadOnlyDictionary<string, Domain.Network.Member>? members = null) =>
            real.AddMissingProgressAsync(cycleId, countries, nowUtc, cancellationToken, members);

        public Task AddAuditAsync(AuditEvent audit, CancellationToken cancellationToken) => real.AddAuditAsync(audit, cancellationToken);

        public Task<IReadOnlyList<AuditEvent>> ListAuditAsync(string cycleId, string country, CancellationToken cancellationToken) => real.ListAuditAsync(cycleId, country, cancellationToken);

        public Task<NetworkView?> GetNetworkViewAsync(string cycleId, CancellationToken cancellationToken) => real.GetNetworkViewAsync(cycleId, cancellationToken);

        public Task<StrategyProgress?> UpdateProgressAsync(string cycleId, string country, Func<StrategyProgress, StrategyProgress?> change, CancellationToken cancellationToken) =>
            real.UpdateProgressAsync(cycleId, country, change, cancellationToken);
    }
}
