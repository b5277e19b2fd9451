using FocalPoints.Api.Handlers;
using FocalPoints.Api.Hosting;
using FocalPoints.Api.Http;
using FocalPoints.Application;
using FocalPoints.Application.Strategies.HandOver;
using FocalPoints.Domain.Cycles;
using FocalPoints.Infrastructure;
using FocalPoints.Infrastructure.Mail;
using FocalPoints.Infrastructure.Storage;
using FocalPoints.Workflow.Activities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace FocalPoints.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>Registers storage, mail, access control and the handlers both hosts serve.</summary>
    public static IServiceCollection AddFocalPointsApi(this IServiceCollection services, IConfiguration configuration, StorageConnection storage, CallerOptions callers)
    {
        // The typed answers (TypedResults.Ok and the rest) write with ASP.NET Core's JSON options: the API's rules.
        services.ConfigureHttpJsonOptions(json => ApiJson.Apply(json.SerializerOptions));
        services.AddFocalPointsStorage(storage);
        services.AddFocalPointsMail(configuration);
        services.AddSingleton(configuration.GetSection("Reminders").Get<ReminderOptions>() ?? new ReminderOptions());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(callers);
        services.AddHostedService<CallerTrustReport>();
        services.AddFocalPointsApplication(configuration.GetSection("Workflow").Get<HandOverOptions>() ?? new HandOverOptions());
        services.AddHostedService<HandOverDelivery>();
        // The host's schedule bounds: seconds-long cycles in Development only.
        services.AddSingleton(sp => ScheduleBounds.For(sp.GetRequiredService<IHostEnvironment>().IsDevelopment()));
        services.AddSingleton<Workflow.Digest.CoordinatorDigest>();
        services.AddSingleton<Workflow.PeerReviews.PeerReviewInvitations>();
        services.AddSingleton<DirectoryHandlers>();
        services.AddSingleton<CycleHandlers>();
        services.AddSingleton<ProgressHandlers>();
        services.AddSingleton<SummaryHandlers>();
        services.AddSingleton<PeerReviewHandlers>();
        services.AddSingleton<StrategyHandlers>();
        services.AddSingleton<OutboxHandlers>();
        services.AddSingleton<MeHandlers>();
        return services;
    }
}
