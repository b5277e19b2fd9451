using System.Text.Json;
using FocalPoints.Application.Ports;
using FocalPoints.Domain;
using FocalPoints.Domain.GoodPractice;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;
using FocalPoints.Infrastructure.Storage;

namespace FocalPoints.Infrastructure.Tests.Storage;

public sealed class GoodPracticeStoreTests(StoreFixture store) : IClassFixture<StoreFixture>
{
    private static readonly DateTime Now = new(2027, 6, 1, 9, 0, 0, DateTimeKind.Utc);

    private static GoodPracticeEntry Entry(string id, string country) => new(
        id, "c2027", country, "Ghana", RegionalGroup.AfricanStates, StrategyStep.ActionPrioritisation, 1,
        new GoodPracticeItem(GoodPracticeItemKind.Action, "k1", "An action", null, [], ["R3"], ["RF2"]),
        "It worked.", null, Language.Fr, "fp@gha.example", Now);

    [Fact]
    public async Task An_entry_is_added_once_read_back_whole_listed_changed_with_its_etag_and_removed()
    {
        var library = new TableGoodPracticeStore(store.Tables);
        GoodPracticeEntry entry = Entry("gp-store-1", "GHA");

        Assert.True(await library.TryAddAsync(entry, CancellationToken.None));
        Assert.False(await library.TryAddAsync(entry with { WhatWorked = "again" }, CancellationToken.None));

        Versioned<GoodPracticeEntry> read = (await library.GetAsync("gp-store-1", CancellationToken.None))!;
        Assert.Equal(JsonSerializer.Serialize(entry, DomainJson.Options), JsonSerializer.Serialize(read.Value, DomainJson.Options));
        Assert.Contains(await library.ListAsync(CancellationToken.None), e => e.EntryId == "gp-store-1");

        GoodPracticeEntry featured = read.Value.AttachedTo("pr-1") with { Featured = true };
        Assert.True(await library.TryReplaceAsync(featured, read.ETag, CancellationToken.None));
        Assert.False(await library.TryReplaceAsync(read.Value, read.ETag, CancellationToken.None));
        GoodPracticeEntry stored = (await library.GetAsync("gp-store-1", CancellationToken.None))!.Value;
        Assert.True(stored.Featured);
        Assert.Equal(["pr-1"], stored.Sessions);

        await library.RemoveAsync("gp-store-1", CancellationToken.None);
        await library.RemoveAsync("gp-store-1", CancellationToken.None);
        Assert.Null(await library.GetAsync("gp-store-1", CancellationToken.None));
        Assert.DoesNotContain(await library.ListAsync(CancellationToken.None), e => e.EntryId == "gp-store-1");
    }
}
