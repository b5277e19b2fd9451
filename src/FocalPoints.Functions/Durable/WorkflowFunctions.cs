using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;
using FocalPoints.Workflow;
using FocalPoints.Workflow.Activities;
using FocalPoints.Workflow.Orchestrations;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace FocalPoints.Functions.Durable;

/// <summary>
/// Orchestration and activity triggers: thin wrappers over the shared class-based orchestrator and
/// activities, named after them with <c>nameof</c> so both hosts schedule the same names.
/// </summary>
public sealed class WorkflowFunctions(
    StrategyOrchestrator strategy,
    OpenStepActivity openStep,
    RescheduleStepActivity rescheduleStep,
    CompleteStrategyActivity completeStrategy,
    StepTransitionActivity stepTransition,
    NotifyActivity notify,
    DeliveryPlanActivity deliveryPlan,
    ReminderSendTimesActivity reminderSendTimes,
    ReminderDeliveryActivity reminderDelivery,
    PeerReviewInvitationsOrchestrator peerReviewInvitations,
    PeerReviewRecipientsActivity peerReviewRecipients,
    InviteToPeerReviewActivity inviteToPeerReview)
{
    [Function(nameof(StrategyOrchestrator))]
    public Task<StrategyStatus> RunStrategy([OrchestrationTrigger] TaskOrchestrationContext context) =>
        strategy.RunAsync(context, context.GetInput<StrategyWorkflowInput>()!);

    [Function(nameof(OpenStepActivity))]
    public Task<bool> OpenStep([ActivityTrigger] OpenStepInput input, FunctionContext function) =>
        openStep.RunAsync(Context(nameof(OpenStepActivity), function), input);

    [Function(nameof(RescheduleStepActivity))]
    public Task<bool> RescheduleStep([ActivityTrigger] RescheduleStepInput input, FunctionContext function) =>
        rescheduleStep.RunAsync(Context(nameof(RescheduleStepActivity), function), input);

    [Function(nameof(CompleteStrategyActivity))]
    public Task<bool> CompleteStrategy([ActivityTrigger] CompleteStrategyInput input, FunctionContext function) =>
        completeStrategy.RunAsync(Context(nameof(CompleteStrategyActivity), function), input);

    [Function(nameof(StepTransitionActivity))]
    public Task<bool> StepTransition([ActivityTrigger] StepTransitionInput input, FunctionContext function) =>
        stepTransition.RunAsync(Context(nameof(StepTransitionActivity), function), input);

    [Function(nameof(NotifyActivity))]
    public Task<bool> Notify([ActivityTrigger] NotifyInput input, FunctionContext function) =>
        notify.RunAsync(Context(nameof(NotifyActivity), function), input);

    [Function(nameof(DeliveryPlanActivity))]
    public Task<DeliveryPlan> DeliveryPlan([ActivityTrigger] DeliveryPlanInput input, FunctionContext function) =>
        deliveryPlan.RunAsync(Context(nameof(DeliveryPlanActivity), function), input);

    [Function(nameof(ReminderSendTimesActivity))]
    public Task<ReminderSendGroup[]> ReminderSendTimes([ActivityTrigger] ReminderSendTimesInput input, FunctionContext function) =>
        reminderSendTimes.RunAsync(Context(nameof(ReminderSendTimesActivity), function), input);

    [Function(nameof(ReminderDeliveryActivity))]
    public Task<ReminderSendGroup[]> ReminderDelivery([ActivityTrigger] ReminderDeliveryInput input, FunctionContext function) =>
        reminderDelivery.RunAsync(Context(nameof(ReminderDeliveryActivity), function), input);

    [Function(nameof(PeerReviewInvitationsOrchestrator))]
    public Task<int> RunPeerReviewInvitations([OrchestrationTrigger] TaskOrchestrationContext context) =>
        peerReviewInvitations.RunAsync(context, context.GetInput<string>()!);

    [Function(nameof(PeerReviewRecipientsActivity))]
    public Task<string[]> PeerReviewRecipients([ActivityTrigger] string input, FunctionContext function) =>
        peerReviewRecipients.RunAsync(Context(nameof(PeerReviewRecipientsActivity), function), input);

    [Function(nameof(InviteToPeerReviewActivity))]
    public Task<bool> InviteToPeerReview([ActivityTrigger] PeerReviewInvitation input, FunctionContext function) =>
        inviteToPeerReview.RunAsync(Context(nameof(InviteToPeerReviewActivity), function), input);

    private static FunctionActivityContext Context(string name, FunctionContext function) =>
        new(name, function.BindingContext.BindingData.TryGetValue("instanceId", out object? id) ? id?.ToString() ?? string.Empty : string.Empty);
}
