using FocalPoints.Api;
using FocalPoints.Api.Health;
using FocalPoints.Api.Http;
using FocalPoints.Api.Telemetry;
using FocalPoints.Infrastructure.Storage;
using FocalPoints.Workflow;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoints.Functions;

public static class FunctionsServiceCollectionExtensions
{
    /// <summary>
    /// The Functions app's services: the shared API (the principal header believed only while App
    /// Service authentication is on, see <see cref="CallerOptions.ForAppService"/>) and the shared
    /// orchestrator and activities, and the shared telemetry with the worker's defaults (the Functions
    /// resource, and the capability that tells the host the worker traces itself).
    /// </summary>
    public static IServiceCollection AddFocalPointsFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddFocalPointsTelemetry(configuration, telemetry => telemetry.UseFunctionsWorkerDefaults());
        services.AddFocalPointsApi(StorageConnection.FromConfiguration(configuration), CallerOptions.ForAppService(configuration));
        services.AddFocalPointsWorkflowServices();
        services.AddFocalPointsTaskServices();
        services.AddFocalPointsHealthChecks();
        return services;
    }
}
