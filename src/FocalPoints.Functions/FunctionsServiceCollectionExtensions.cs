using FocalPoints.Api;
using FocalPoints.Api.Http;
using FocalPoints.Workflow;
using FocalPoints.Workflow.Orchestrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoints.Functions;

public static class FunctionsServiceCollectionExtensions
{
    /// <summary>
    /// The Functions app's services: the shared API (App Service authentication sets the principal
    /// header and strips any a client sent, so it is trusted here) and the shared orchestrator and activities.
    /// </summary>
    public static IServiceCollection AddFocalPointsFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        string storage = configuration["Storage:ConnectionString"] ?? configuration["AzureWebJobsStorage"]
            ?? throw new InvalidOperationException("Set Storage__ConnectionString or AzureWebJobsStorage.");
        services.AddFocalPointsApi(configuration, storage, new CallerOptions { TrustPrincipalHeader = true, LoopbackOnly = false });
        services.AddSingleton<StrategyOrchestrator>();
        foreach (Type activity in WorkflowRegistration.Activities)
        {
            services.AddSingleton(activity);
        }

        return services;
    }
}
