using FocalPoints.Domain.Notifications;

namespace FocalPoints.Workflow.Activities;

/// <summary>Who hears of each moment.</summary>
public static class Audience
{
    public static bool ToFocalPoints(NotificationMoment moment) => moment is not
        (NotificationMoment.Escalation or NotificationMoment.Digest or NotificationMoment.ReviewReminder or NotificationMoment.ReviewOverdue);

    public static bool ToCoordinators(NotificationMoment moment) => moment is
        NotificationMoment.Escalation or NotificationMoment.SubmissionReceived or NotificationMoment.StrategyCompleted or NotificationMoment.Digest
        or NotificationMoment.ReviewReminder or NotificationMoment.ReviewOverdue;
}
