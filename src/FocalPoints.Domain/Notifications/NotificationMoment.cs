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
}
