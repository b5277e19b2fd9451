using FocalPoints.Workflow.Activities;
using FocalPoints.Workflow.Orchestrations;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoints.Workflow;

/// <summary>The one list of orchestrators and activities, used by the self-host and checked against the Functions app.</summary>
public static class WorkflowRegistration
{
    public static IReadOnlyList<Type> Orchestrators { get; } = [typeof(StrategyOrchestrator), typeof(PeerReviewInvitationsOrchestrator)];

    public static IReadOnlyList<Type> Activities { get; } =
        [typeof(OpenStepActivity), typeof(RescheduleStepActivity), typeof(CompleteStrategyActivity), typeof(StepTransitionActivity), typeof(NotifyActivity), typeof(DeliveryPlanActivity), typeof(ReminderSendTimesActivity),
        typeof(ReminderDeliveryActivity),
        typeof(PeerReviewRecipientsActivity), typeof(InviteToPeerReviewActivity)];

    /// <summary>What the activities use besides the application's ports: the one composer of moment messages.</summary>
    public static IServiceCollection AddFocalPointsWorkflowServices(this IServiceCollection services) =>
        services.AddSingleton<MomentNotifier>();

    public static void AddFocalPointsTasks(this DurableTaskRegistry registry)
    {
        registry.AddOrchestrator<StrategyOrchestrator>();
        registry.AddActivity<OpenStepActivity>();
        registry.AddActivity<RescheduleStepActivity>();
        registry.AddActivity<CompleteStrategyActivity>();
        registry.AddActivity<StepTransitionActivity>();
        registry.AddActivity<NotifyActivity>();
        registry.AddActivity<DeliveryPlanActivity>();
        registry.AddActivity<ReminderSendTimesActivity>();
        registry.AddActivity<ReminderDeliveryActivity>();
        registry.AddOrchestrator<PeerReviewInvitationsOrchestrator>();
        registry.AddActivity<PeerReviewRecipientsActivity>();
        registry.AddActivity<InviteToPeerReviewActivity>();
    }
}
