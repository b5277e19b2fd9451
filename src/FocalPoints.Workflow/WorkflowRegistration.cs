using FocalPoints.Workflow.Activities;
using FocalPoints.Workflow.Orchestrations;
using Microsoft.DurableTask;

namespace FocalPoints.Workflow;

/// <summary>The one list of orchestrators and activities, used by the self-host and checked against the Functions app.</summary>
public static class WorkflowRegistration
{
    public static IReadOnlyList<Type> Orchestrators { get; } = [typeof(StrategyOrchestrator), typeof(PeerReviewInvitationsOrchestrator)];

    public static IReadOnlyList<Type> Activities { get; } =
        [typeof(OpenStepActivity), typeof(RescheduleStepActivity), typeof(CompleteStrategyActivity), typeof(NotifyActivity), typeof(DeliveryPlanActivity), typeof(ReminderSendTimesActivity),
        typeof(ReminderDeliveryActivity),
        typeof(PeerReviewRecipientsActivity), typeof(InviteToPeerReviewActivity)];

    public static void AddFocalPointsTasks(this DurableTaskRegistry registry)
    {
        registry.AddOrchestrator<StrategyOrchestrator>();
        registry.AddActivity<OpenStepActivity>();
        registry.AddActivity<RescheduleStepActivity>();
        registry.AddActivity<CompleteStrategyActivity>();
        registry.AddActivity<NotifyActivity>();
        registry.AddActivity<DeliveryPlanActivity>();
        registry.AddActivity<ReminderSendTimesActivity>();
        registry.AddActivity<ReminderDeliveryActivity>();
        registry.AddOrchestrator<PeerReviewInvitationsOrchestrator>();
        registry.AddActivity<PeerReviewRecipientsActivity>();
        registry.AddActivity<InviteToPeerReviewActivity>();
    }
}
