using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;
using FocalPoints.Workflow;
using FocalPoints.Workflow.Activities;
using FocalPoints.Workflow.Orchestrations;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoints.Functions.Durable;

/// <summary>
/// Orchestration and activity triggers: one declaration per function, which the Functions SDK needs
/// to generate the app's metadata (the Durable Task source generators that would write them are not
/// available here). Each is named after its class with <c>nameof</c> and runs the orchestrator or
/// activity <see cref="WorkflowRegistration"/> registers under that name, resolved from the
/// invocation's services; a contract test checks that the triggers are exactly that list.
/// </summary>
public static class WorkflowFunctions
{
    [Function(nameof(StrategyOrchestrator))]
    public static Task<StrategyStatus> RunStrategy([OrchestrationTrigger] TaskOrchestrationContext context, FunctionContext function) =>
        OrchestrateAsync<StrategyWorkflowInput, StrategyStatus>(context, function);

    [Function(nameof(PeerReviewInvitationsOrchestrator))]
    public static Task<int> RunPeerReviewInvitations([OrchestrationTrigger] TaskOrchestrationContext context, FunctionContext function) =>
        OrchestrateAsync<string, int>(context, function);

    [Function(nameof(OpenStepActivity))]
    public static Task<bool> OpenStep([ActivityTrigger] OpenStepInput input, FunctionContext function) => RunAsync<bool>(input, function);

    [Function(nameof(RescheduleStepActivity))]
    public static Task<bool> RescheduleStep([ActivityTrigger] RescheduleStepInput input, FunctionContext function) => RunAsync<bool>(input, function);

    [Function(nameof(CompleteStrategyActivity))]
    public static Task<bool> CompleteStrategy([ActivityTrigger] CompleteStrategyInput input, FunctionContext function) => RunAsync<bool>(input, function);

    [Function(nameof(StepTransitionActivity))]
    public static Task<bool> StepTransition([ActivityTrigger] StepTransitionInput input, FunctionContext function) => RunAsync<bool>(input, function);

    [Function(nameof(NotifyActivity))]
    public static Task<bool> Notify([ActivityTrigger] NotifyInput input, FunctionContext function) => RunAsync<bool>(input, function);

    [Function(nameof(ReminderDeliveryActivity))]
    public static Task<ReminderSendGroup[]> ReminderDelivery([ActivityTrigger] ReminderDeliveryInput input, FunctionContext function) => RunAsync<ReminderSendGroup[]>(input, function);

    [Function(nameof(PeerReviewRecipientsActivity))]
    public static Task<string[]> PeerReviewRecipients([ActivityTrigger] string input, FunctionContext function) => RunAsync<string[]>(input, function);

    [Function(nameof(InviteToPeerReviewActivity))]
    public static Task<bool> InviteToPeerReview([ActivityTrigger] PeerReviewInvitation input, FunctionContext function) => RunAsync<bool>(input, function);

    /// <summary>Runs the orchestrator registered under the function's name with the orchestration's input.</summary>
    public static async Task<TOutput> OrchestrateAsync<TInput, TOutput>(TaskOrchestrationContext context, FunctionContext function)
    {
        var orchestrator = (ITaskOrchestrator)function.InstanceServices.GetRequiredService(WorkflowRegistration.Find(function.FunctionDefinition.Name));
        return (TOutput)(await orchestrator.RunAsync(context, context.GetInput<TInput>()))!;
    }

    /// <summary>Runs the activity registered under the function's name, with the instance that scheduled it.</summary>
    public static async Task<TOutput> RunAsync<TOutput>(object? input, FunctionContext function)
    {
        string name = function.FunctionDefinition.Name;
        var activity = (ITaskActivity)function.InstanceServices.GetRequiredService(WorkflowRegistration.Find(name));
        string instanceId = function.BindingContext.BindingData.TryGetValue("instanceId", out object? id) ? id?.ToString() ?? string.Empty : string.Empty;
        return (TOutput)(await activity.RunAsync(new FunctionActivityContext(name, instanceId), input))!;
    }
}
