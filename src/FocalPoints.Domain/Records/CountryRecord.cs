using System.Text.Json;
using FocalPoints.Domain.GoodPractice;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Domain.Records;

// A country's own record as its reader may see it: the application's ReadCountryRecord assembles it
// (and decides whom it names), and the API sends it as it is, as JSON or as a printable document.

/// <summary>
/// Everything the network holds about one country: every cycle it took part in with every step, every
/// submitted version (confidential content included: the record is the country's own) and its review,
/// every peer-review session it was reviewed in with the recommendations to it and its response, and the
/// good practice it offered. <see cref="Schema"/> names the shape and its version.
/// </summary>
public sealed record CountryRecord(
    string Schema,
    string Country,
    string CountryName,
    RegionalGroup? RegionalGroup,
    DateTime GeneratedUtc,
    IReadOnlyList<RecordCycle> Cycles,
    IReadOnlyList<RecordPeerReview> PeerReviews,
    IReadOnlyList<GoodPracticeEntry> GoodPractice)
{
    /// <summary>The shape's name and version: a change that removes or renames a field is a new version.</summary>
    public const string CurrentSchema = "focalpoints.country-record/1";
}

/// <summary>The country's strategy in one cycle: where it stands, each step, and its timeline.</summary>
public sealed record RecordCycle(
    string CycleId,
    string Title,
    DateTime OpenedUtc,
    StrategyStatus Status,
    IReadOnlyList<RecordStep> Steps,
    IReadOnlyList<TimelineEventView> Timeline);

/// <summary>One step: where it stands, every submitted version (oldest first) and the draft being written, if any.</summary>
public sealed record RecordStep(
    StrategyStep Step,
    StepStatus Status,
    DateTime? OpenedUtc,
    DateTime? DueUtc,
    IReadOnlyList<RecordVersion> Versions,
    JsonElement? Draft);

/// <summary>
/// One submitted version: its content as submitted, its sharing level, who submitted it and when, and
/// what became of it (<see cref="StepStatus.Submitted"/> while it waits for review, else the review's
/// decision, <see cref="StepStatus.Approved"/> or <see cref="StepStatus.Returned"/>, with <see cref="Review"/>).
/// </summary>
public sealed record RecordVersion(
    int Version,
    Sharing Sharing,
    StepStatus Status,
    string SubmittedBy,
    DateTime SubmittedUtc,
    JsonElement Content,
    StoredReview? Review);

/// <summary>A peer-review session the country was reviewed in, the recommendations made to it (by number) and its response.</summary>
public sealed record RecordPeerReview(
    PeerReviewSessionView Session,
    IReadOnlyList<Recommendation> Recommendations,
    CountryResponseView? Response);
