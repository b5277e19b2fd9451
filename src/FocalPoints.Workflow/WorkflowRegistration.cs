using FocalPoints.Workflow.Activities;
using FocalPoints.Workflow.Orchestrations;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoints.Workflow;

/// <summary>
/// The one list of orchestrators and activities. The self-host's worker registers them from here;
/// the Functions app registers them as services from here and its triggers resolve them by their
/// function's name through <see cref="Find"/>, and a contract test checks that its triggers are
/// exactly these. Each is registered under its class name (<c>nameof</c> at every call).
/// </summary>
public static class WorkflowRegistration
{
    public static IReadOnlyList<Type> Orchestrators { get; } = [typeof(StrategyOrchestrator), typeof(PeerReviewInvitationsOrchestrator)];

    public static IReadOnlyList<Type> Activities { get; } =
    [
        typeof(OpenStepActivity),
        typeof(RescheduleStepActivity),
        typeof(CompleteStrategyActivity),
        typeof(StepTransitionActivity),
        typeof(NotifyActivity),
        typeof(ReminderDeliveryActivity),
        typeof(PeerReviewRecipientsActivity),
        typeof(InviteToPeerReviewActivity),
    ];

    private static readonly Dictionary<string, Type> ByName = Orchestrators.Concat(Activities).ToDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>The orchestrator or activity registered as <paramref name="name"/>.</summary>
    /// <exception cref="InvalidOperationException">Nothing is registered under that name.</exception>
    public static Type Find(string name) =>
        ByName.TryGetValue(name, out Type? type) ? type : throw new InvalidOperationException($"No orchestrator or activity is registered as '{name}'.");

    /// <summary>What the activities use besides the application's ports: the one composer of moment messages.</summary>
    public static IServiceCollection AddFocalPointsWorkflowServices(this IServiceCollection services) =>
        services.AddSingleton<MomentNotifier>();

    /// <summary>The orchestrators and activities themselves as services, for a host that runs them through its own triggers.</summary>
    public static IServiceCollection AddFocalPointsTaskServices(this IServiceCollection services)
    {
        foreach (Type task in Orchestrators.Concat(Activities))
        {
            services.AddSingleton(task);
        }

        return services;
    }

    /// <summary>Registers every orchestrator and activity with a Durable Task worker.</summary>
    public static void AddFocalPointsTasks(this DurableTaskRegistry registry)
    {
        foreach (Type orchestrator in Orchestrators)
        {
            registry.AddOrchestrator(orchestrator);
        }

        foreach (Type activity in Activities)
        {
            registry.AddActivity(activity);
        }
    }
}
