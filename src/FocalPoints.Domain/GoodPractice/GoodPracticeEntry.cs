using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Domain.GoodPractice;

/// <summary>
/// An item a country offered to the network as good practice: from version <see cref="Version"/> of
/// an approved step it shares at network or public level, with its focal point's note on what worked
/// (<see cref="WhatWorked"/>) and what did not (<see cref="WhatDidNotWork"/>), written in
/// <see cref="Language"/>. It names its country: the country chose to share it.
/// </summary>
public sealed record GoodPracticeEntry(
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
    string OfferedBy,
    DateTime OfferedUtc)
{
    /// <summary>Whether a coordinator features the entry (shown first).</summary>
    public bool Featured { get; init; }

    /// <summary>The peer-review sessions a coordinator attached the entry to.</summary>
    public IReadOnlyList<string> Sessions { get; init; } = [];

    /// <summary>Withdrawal is the country's own: only a focal point of <see cref="Country"/> may withdraw it.</summary>
    public bool CanBeWithdrawnBy(IEnumerable<string> focalPointOf) => focalPointOf.Contains(Country, StringComparer.Ordinal);

    /// <summary>The entry attached to <paramref name="sessionId"/> (once).</summary>
    public GoodPracticeEntry AttachedTo(string sessionId) =>
        Sessions.Contains(sessionId, StringComparer.Ordinal) ? this : this with { Sessions = [.. Sessions, sessionId] };

    /// <summary>The entry no longer attached to <paramref name="sessionId"/>.</summary>
    public GoodPracticeEntry DetachedFrom(string sessionId) =>
        this with { Sessions = Sessions.Where(s => !string.Equals(s, sessionId, StringComparison.Ordinal)).ToArray() };
}

/// <summary>
/// The body of <c>POST /api/good-practice</c>: which item of which approved step, the note, and the restraints and
/// risk factors the focal point says the item also relates to (added to those its content names; see
/// <see cref="GoodPracticeClassification"/>).
/// </summary>
public sealed record GoodPracticeInput(
    string? CycleId,
    string? Country,
    GoodPracticeItemKind? Kind,
    int? Index,
    string? WhatWorked,
    string? WhatDidNotWork,
    Language? Language,
    IReadOnlyList<string>? Restraints = null,
    IReadOnlyList<string>? RiskFactors = null);

/// <summary>The body of <c>PUT /api/good-practice/{entryId}/featured</c>.</summary>
public sealed record FeatureInput(bool? Featured);
