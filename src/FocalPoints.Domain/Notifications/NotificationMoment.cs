namespace FocalPoints.Domain.Notifications;

/// <summary>The moments at which the network writes to people.</summary>
public enum NotificationMoment
{
    CycleOpened,
    StepOpened,
    Reminder,
    DueToday,
    Overdue,
    Escalation,
    SubmissionReceived,
    Returned,
    Approved,
    StrategyCompleted,
    Digest,
    DeliveryFailed,
    PeerReviewScheduled,

    /// <summary>To the coordinators: a submission waits for their review, which is due soon.</summary>
    ReviewReminder,

    /// <summary>To the coordinators: a submission's review is past its <c>reviewDuration</c>.</summary>
    ReviewOverdue,

    /// <summary>To a country's focal points, weekly: risk factors that rose or worsen with no action covering them.</summary>
    EarlyWarning,
}
