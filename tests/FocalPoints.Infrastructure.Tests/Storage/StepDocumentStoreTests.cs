using System.Text;
using System.Text.Json;
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
        Assert.True((await store.Documents.ReviewAsync(new ReviewCommand("versions", "GHA", StrategyStep.RiskAssessment, ReviewDecision.Return, "More evidence", "c@n.example", Now), CancellationToken.None)).Accepted);
        Assert.False((await store.Documents.ReviewAsync(new ReviewCommand("versions", "GHA", StrategyStep.RiskAssessment, ReviewDecision.Approve, null, "c@n.example", Now), CancellationToken.None)).Accepted);
        Assert.Equal(2, (await store.Documents.SubmitAsync(Submit("versions", second), CancellationToken.None)).Version);

        int latest = (await store.Cycles.GetProgressAsync("versions", "GHA", CancellationToken.None))!.Value[StrategyStep.RiskAssessment].SubmittedVersions;
        Assert.Equal(2, latest);
        Assert.Equal(second, (await store.Documents.GetSubmissionAsync("versions", "GHA", StrategyStep.RiskAssessment, latest, CancellationToken.None))!.ContentJson);
        Assert.Equal(first, (await store.Documents.GetSubmissionAsync("versions", "GHA", StrategyStep.RiskAssessment, 1, CancellationToken.None))!.ContentJson);
        Assert.Equal("More evidence", (await store.Documents.GetReviewAsync("versions", "GHA", StrategyStep.RiskAssessment, 1, CancellationToken.None))!.Comments);
        Assert.Null(await store.Documents.GetReviewAsync("versions", "GHA", StrategyStep.RiskAssessment, 2, CancellationToken.None));
    }
}
