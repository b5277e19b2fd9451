using FocalPoints.Application.Ports;
using FocalPoints.Application.Strategies.Progress;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;
using FocalPoints.Infrastructure.Storage;

namespace FocalPoints.Infrastructure.Tests.Storage;

public sealed class CycleStoreTests(StoreFixture store) : IClassFixture<StoreFixture>
{
    private static readonly DateTime Now = new(2027, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly CycleSchedule Schedule = new(TimeSpan.FromDays(60), TimeSpan.FromDays(14), [TimeSpan.FromDays(7)], TimeSpan.FromDays(7), TimeSpan.FromDays(14));

    [Fact]
    public async Task Network_view_of_193_countries_is_one_request()
    {
        string[] all = UnMemberStates.All.Select(s => s.Iso3).ToArray();
        var cycle = new CycleDefinition("all193", "Whole network", all, Schedule);
        Assert.True(await store.Cycles.TryAddCycleAsync(new CycleRecord(cycle, "hash", Now), CancellationToken.None));
        await store.Strategies.AddMissingAsync(all.Select(c => StrategyProgress.StartFor("all193", c, Now, null)).ToArray(), CancellationToken.None);

        long before = store.Requests.Count;
        NetworkView? view = await store.Reads.GetNetworkViewAsync("all193", CancellationToken.None);
        long requests = store.Requests.Count - before;

        Assert.NotNull(view);
        Assert.Equal(193, view.Countries.Count);
        Assert.Equal("Whole network", view.Cycle.Definition.Title);
        Assert.Equal(("Ghana", RegionalGroup.AfricanStates), view.Countries.Where(c => c.Country == "GHA").Select(c => (c.CountryName, c.RegionalGroup!.Value)).Single());
        Assert.Equal(1, requests);
    }

    [Fact]
    public async Task A_cycle_is_read_from_storage_once_and_one_not_found_is_looked_up_again()
    {
        Assert.Null(await store.Cycles.GetCycleAsync("later", CancellationToken.None));
        await store.Cycles.TryAddCycleAsync(new CycleRecord(new CycleDefinition("later", "Added later", ["GHA"], Schedule), "hash", Now), CancellationToken.None);

        long before = store.Requests.Count;
        CycleRecord? first = await store.Cycles.GetCycleAsync("later", CancellationToken.None);
        CycleRecord? again = await store.Cycles.GetCycleAsync("later", CancellationToken.None);

        Assert.Equal("Added later", first?.Definition.Title);
        Assert.Same(first, again);
        Assert.Equal(1, store.Requests.Count - before);
    }

    [Fact]
    public async Task Adding_strategies_again_keeps_rows_that_moved_on()
    {
        var cycle = new CycleDefinition("again", "T", ["GHA", "DNK"], Schedule);
        await store.Cycles.TryAddCycleAsync(new CycleRecord(cycle, "hash", Now), CancellationToken.None);
        await store.Strategies.AddMissingAsync([StrategyProgress.Start("again", "GHA", Now)], CancellationToken.None);
        Assert.True(await new OpenStep(store.Strategies).ExecuteAsync("again", "GHA", StrategyStep.RiskAssessment, Now, Now.AddDays(60), CancellationToken.None));

        await store.Strategies.AddMissingAsync([StrategyProgress.Start("again", "GHA", Now), StrategyProgress.Start("again", "DNK", Now)], CancellationToken.None);

        Assert.Equal(StepStatus.Open, (await store.Strategies.LoadAsync("again", "GHA", null, CancellationToken.None))!.Progress[StrategyStep.RiskAssessment].Status);
        Assert.NotNull(await store.Strategies.LoadAsync("again", "DNK", null, CancellationToken.None));
        Assert.False(await store.Cycles.TryAddCycleAsync(new CycleRecord(cycle, "other", Now), CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_changes_are_decided_again_on_what_is_stored_after_an_etag_conflict()
    {
        await store.Cycles.TryAddCycleAsync(new CycleRecord(new CycleDefinition("race", "T", ["GHA"], Schedule), "hash", Now), CancellationToken.None);
        await store.Strategies.AddMissingAsync([StrategyProgress.Start("race", "GHA", Now)], CancellationToken.None);
        var open = new OpenStep(store.Strategies);

        // Each loses to the first and, loading again, finds the step opened: one opens it, none overwrites it.
        bool[] opened = await Task.WhenAll(Enumerable.Range(1, 8).Select(i =>
            open.ExecuteAsync("race", "GHA", StrategyStep.RiskAssessment, Now.AddMinutes(i), Now.AddDays(60).AddMinutes(i), CancellationToken.None)));

        Assert.Single(opened, o => o);
        StepProgress step = (await store.Strategies.LoadAsync("race", "GHA", null, CancellationToken.None))!.Progress[StrategyStep.RiskAssessment];
        int winner = Array.IndexOf(opened, true) + 1;
        Assert.Equal((StepStatus.Open, Now.AddMinutes(winner)), (step.Status, step.OpenedUtc!.Value));
    }

    [Fact]
    public async Task Audit_rows_written_before_recipients_were_stored_apart_are_read_with_their_recipients()
    {
        // The format of the first release: the recipients' addresses inside the detail text.
        await store.Tables.GetTableClient(TableNames.Cycles).AddEntityAsync(
            new Azure.Data.Tables.TableEntity("legacy", $"{AuditEntity.Prefix("GHA")}{Now.Ticks:D19}|0123456789abcdef")
            {
                ["Country"] = "GHA",
                ["AtUtc"] = Now,
                ["Kind"] = "returned",
                ["Step"] = "RiskAssessment",
                ["Actor"] = "FocalPoints",
                ["Detail"] = "to ama@gha.example, coord@network.example",
                ["EventId"] = "strategy:legacy:GHA|RiskAssessment|returned",
            });

        AuditEvent read = Assert.Single(await store.Reads.ListAuditAsync("legacy", "GHA", CancellationToken.None));

        Assert.Null(read.Detail);
        Assert.Equal(["ama@gha.example", "coord@network.example"], read.Recipients);
    }
}
