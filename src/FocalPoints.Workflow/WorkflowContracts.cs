using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Workflow;

/// <summary>Raised when a focal point's submission of a step has been stored as <paramref name="Version"/>.</summary>
public sealed record StepSubmitted(int Version);

/// <summary>
/// Raised when a coordinator's review of submission <paramref name="Version"/> has been stored, at
/// <paramref name="ReviewedUtc"/> (the time an approval opened the next step; absent from events
/// raised before version 1.5).
/// </summary>
public sealed record StepReviewed(int Version, ReviewDecision Decision, DateTime? ReviewedUtc = null);

public sealed record OpenStepInput(string CycleId, string Country, StrategyStep Step, DateTime OpenedUtc, DateTime DueUtc);

public sealed record DeliveryPlanInput(string CycleId, string Country);

/// <summary>The working hours (<c>09:00-18:00</c> or <c>off</c>) and the distinct time zones of the country's focal points.</summary>
public sealed record DeliveryPlan(string WorkingHours, IReadOnlyList<string> TimeZones);

/// <summary>A reminder moment falling due at <paramref name="DueUtc"/>, to be sent to the country's focal points as the directory stands now.</summary>
public sealed record ReminderDeliveryInput(string CycleId, string Country, DateTime DueUtc);

public sealed record ReminderSendTimesInput(DateTime DueUtc, string WorkingHours, IReadOnlyList<string> TimeZones);

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
    /// <summary>The orchestration version new instances start with (host.json <c>defaultVersion</c>).</summary>
    public const string CurrentVersion = "1.5";

    /// <summary>From this version on, reminders to focal points wait for their working hours.</summary>
    public const string WorkingHoursVersion = "1.1";

    /// <summary>
    /// From this version on, a reminder held for working hours never delays a later moment (a held
    /// one that a later reminder supersedes is dropped), reminders go to the directory as it is when
    /// they fall due, and coordinators are reminded of reviews waiting for them.
    /// </summary>
    public const string ReminderScheduleVersion = "1.2";

    /// <summary>
    /// From this version on, an approval opens the next step (or completes the strategy) before any
    /// message goes; the approval's message then goes together with the step-opened (or
    /// strategy-completed) message.
    /// </summary>
    public const string StepTransitionVersion = "1.3";

    /// <summary>
    /// From this version on, a step transition is one activity (<see cref="Activities.StepTransitionActivity"/>):
    /// the step opened (or the strategy completed) and its messages, instead of an activity for the
    /// change and one for each message. Should it fail after its retries, the change and the
    /// messages are made as at 1.3, each on its own.
    /// </summary>
    public const string SingleTransitionVersion = "1.4";

    /// <summary>
    /// From this version on, the review opens the next step (or completes the strategy) in its own
    /// write, and the workflow keeps the review's time (<see cref="StepReviewed.ReviewedUtc"/>) as the
    /// step's opening and the due date it reminds about, however late the engine hears the event.
    /// </summary>
    public const string ReviewOpensNextStepVersion = "1.5";

    /// <summary>One instance per (cycle, country): <c>strategy:{cycleId}:{ISO3}</c>.</summary>
    public static string InstanceId(string cycleId, string country) => $"strategy:{cycleId}:{country}";

    public static string SubmittedEvent(StrategyStep step) => $"{nameof(StepSubmitted)}:{step}";

    public static string ReviewedEvent(StrategyStep step) => $"{nameof(StepReviewed)}:{step}";
}
