using FocalPoints.Api.Handlers;
using FocalPoints.Api.Http;
using FocalPoints.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoints.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>Registers storage, access control and the handlers both hosts serve.</summary>
    public static IServiceCollection AddFocalPointsApi(this IServiceCollection services, string storageConnectionString, CallerOptions callers)
    {
        services.AddFocalPointsStorage(storageConnectionString);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(callers);
        services.AddSingleton<AccessControl>();
        services.AddSingleton<DirectoryHandlers>();
        services.AddSingleton<CycleHandlers>();
        services.AddSingleton<StrategyHandlers>();
        services.AddSingleton<OutboxHandlers>();
        return services;
    }
}
