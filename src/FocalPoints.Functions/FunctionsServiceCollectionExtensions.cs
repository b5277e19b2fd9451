using FocalPoints.Api;
using FocalPoints.Api.Http;
using FocalPoints.Infrastructure.Storage;
using FocalPoints.Workflow;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoints.Functions;

public static class FunctionsServiceCollectionExtensions
{
    /// <summary>
    /// The Functions app's services: the shared API (the principal header believed only while App
    /// Service authentication is on, see <see cref="CallerOptions.ForAppService"/>) and the shared
    /// orchestrator and activities.
    /// </summary>
    public static IServiceCollection AddFocalPointsFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddFocalPointsApi(configuration, StorageConnection.FromConfiguration(configuration), CallerOptions.ForAppService(configuration));
        foreach (Type orchestrator in WorkflowRegistration.Orchestrators)
        {
            services.AddSingleton(orchestrator);
        }

        foreach (Type activity in WorkflowRegistration.Activities)
        {
            services.AddSingleton(activity);
        }

        return services;
    }
}
