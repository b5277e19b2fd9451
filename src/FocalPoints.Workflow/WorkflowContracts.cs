using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Workflow;

/// <summary>Raised when a focal point's submission of a step has been stored as <paramref name="Version"/>.</summary>
public sealed record StepSubmitted(int Version);

/// <summary>
/// Raised when a coordinator's review of submission <paramref name="Version"/> has been stored, at
/// <paramref name="ReviewedUtc"/> (the time an approval opened the next step; when absent, the
/// workflow takes the time it hears the event).
/// </summary>
public sealed record StepReviewed(int Version, ReviewDecision Decision, DateTime? ReviewedUtc = null);

public sealed record OpenStepInput(string CycleId, string Country, StrategyStep Step, DateTime OpenedUtc, DateTime DueUtc);

/// <summary>A reminder moment falling due at <paramref name="DueUtc"/>, to be sent to the country's focal points as the directory stands now.</summary>
public sealed record ReminderDeliveryInput(string CycleId, string Country, DateTime DueUtc);

/// <summary>The focal points' zones whose working day lets a reminder go at <paramref name="SendUtc"/>.</summary>
public sealed record ReminderSendGroup(DateTime SendUtc, IReadOnlyList<string> TimeZones);

public sealed record RescheduleStepInput(string CycleId, string Country, StrategyStep Step, DateTime DueUtc);

public sealed record CompleteStrategyInput(string CycleId, string Country, DateTime CompletedUtc);

/// <summary>A step transition (<see cref="Activities.StepTransitionActivity"/>): <paramref name="Open"/> or <paramref name="Complete"/>, then <paramref name="Messages"/>.</summary>
public sealed record StepTransitionInput(OpenStepInput? Open, CompleteStrategyInput? Complete, IReadOnlyList<NotifyInput> Messages);

/// <summary>
/// A notification to write. <paramref name="Id"/> is unique per (instance, moment) so that the
/// activity, which runs at least once, sends at most once. <paramref name="Version"/> names the
/// submission a review moment is about, so the message quotes that review and no later one.
/// <paramref name="TimeZones"/>, when given, limits the focal points written to those in these zones
/// (a reminder held for working hours goes to each zone at its own morning).
/// </summary>
public sealed record NotifyInput(
    string Id,
    string CycleId,
    string Country,
    StrategyStep? Step,
    NotificationMoment Moment,
    DateTime? DueUtc,
    DateTime AtUtc,
    int? Version = null,
    IReadOnlyList<string>? TimeZones = null);

/// <summary>Names and ids shared by the workflow and its clients.</summary>
public static class WorkflowNames
{
    /// <summary>
    /// The orchestration version new instances start with: the self-host's worker and client, and
    /// host.json's <c>defaultVersion</c> for the Functions app. An instance keeps the version it
    /// started with for its whole life (cycles last months), and a worker runs instances of this
    /// version or older (<c>CurrentOrOlder</c>).
    /// </summary>
    /// <remarks>
    /// To change what a running instance would do differently (another activity, timer or event,
    /// in another order), add version 2: set this to <c>"2.0"</c> (and host.json's
    /// <c>defaultVersion</c>), add a constant naming what changed, and branch on it in the
    /// orchestrator with <c>context.CompareVersionTo(WorkflowNames.TheChangeVersion) &gt;= 0</c>,
    /// keeping version 1's calls, call for call, in the other branch. Keep the version as
    /// <c>major.minor</c>: <c>CompareVersionTo</c> compares those as numbers and anything else as
    /// text. The replay tests (tests/FocalPoints.Workflow.Tests/Replay) replay recorded version 1
    /// histories against the current code and fail when a change would break instances in flight;
    /// record version 2's histories next to them. A branch can go once no instance of its version runs.
    /// </remarks>
    public const string CurrentVersion = "1.0";

    /// <summary>One instance per (cycle, country): <c>strategy:{cycleId}:{ISO3}</c>.</summary>
    public static string InstanceId(string cycleId, string country) => $"strategy:{cycleId}:{country}";

    /// <summary>One invitations instance per peer-review session: <c>peer-review:{sessionId}</c>.</summary>
    public static string PeerReviewInstanceId(string sessionId) => $"peer-review:{sessionId}";

    public static string SubmittedEvent(StrategyStep step) => $"{nameof(StepSubmitted)}:{step}";

    public static string ReviewedEvent(StrategyStep step) => $"{nameof(StepReviewed)}:{step}";
}
