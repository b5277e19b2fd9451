using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Strategies.Progress;
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
        await store.Strategies.AddMissingAsync([StrategyProgress.Start(cycleId, "GHA", Now)], CancellationToken.None);
        await new OpenStep(store.Strategies).ExecuteAsync(cycleId, "GHA", StrategyStep.RiskAssessment, Now, Now.AddDays(60), CancellationToken.None);
    }

    /// <summary>A submission as the use case makes it: load, let the strategy decide, save.</summary>
    private async Task<int> SubmitAsync(string cycleId, string json)
    {
        Strategy strategy = (await store.Strategies.LoadAsync(cycleId, "GHA", null, CancellationToken.None))!;
        var accepted = (SubmitDecision.Accepted)strategy.Submit(StrategyStep.RiskAssessment, new SubmissionRequest(json, "hash", null), "fp@gha.example", Now);
        Assert.True(await store.Strategies.SaveAsync(accepted.Change, CancellationToken.None));
        return accepted.Version;
    }

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
        int version = await SubmitAsync("big", json);

        Assert.Equal(json, await store.Documents.GetDraftAsync("big", "GHA", StrategyStep.RiskAssessment, CancellationToken.None));
        StoredSubmission? stored = await store.Documents.GetSubmissionAsync("big", "GHA", StrategyStep.RiskAssessment, version, CancellationToken.None);
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
        int version = await SubmitAsync("astral", json);

        foreach (string row in new[] { "draft|GHA|RiskAssessment", "submission|GHA|RiskAssessment|0001" })
        {
            TableEntity stored = (await store.Tables.GetTableClient(TableNames.Cycles).GetEntityAsync<TableEntity>("astral", row)).Value;
            Assert.InRange(EntitySize.Of(stored), 0, EntitySize.MaxEntityBytes);
        }

        Assert.Equal(json, await store.Documents.GetDraftAsync("astral", "GHA", StrategyStep.RiskAssessment, CancellationToken.None));
        Assert.Equal(json, (await store.Documents.GetSubmissionAsync("astral", "GHA", StrategyStep.RiskAssessment, version, CancellationToken.None))!.ContentJson);
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
}
