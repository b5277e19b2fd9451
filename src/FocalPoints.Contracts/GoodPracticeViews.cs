using FocalPoints.Domain.GoodPractice;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Contracts;

/// <summary>The library (<c>GET /api/good-practice</c>): featured entries first, then newest first.</summary>
public sealed record GoodPracticeListView(IReadOnlyList<GoodPracticeEntryView> Entries);

/// <summary>
/// One entry as the network reads it: its country (which chose to share it), the item and the note.
/// Who offered it is not named: the entry is the country's.
/// </summary>
public sealed record GoodPracticeEntryView(
    string EntryId,
    string CycleId,
    string Country,
    string? CountryName,
    RegionalGroup? RegionalGroup,
    StrategyStep Step,
    int Version,
    GoodPracticeItem Item,
    string WhatWorked,
    string? WhatDidNotWork,
    Language Language,
    DateTime OfferedUtc,
    bool Featured,
    IReadOnlyList<string> Sessions)
{
    public static GoodPracticeEntryView Of(GoodPracticeEntry e) => new(
        e.EntryId, e.CycleId, e.Country, e.CountryName, e.RegionalGroup, e.Step, e.Version, e.Item, e.WhatWorked, e.WhatDidNotWork, e.Language, e.OfferedUtc, e.Featured, e.Sessions);
}
