using FocalPoints.Api.Handlers;
using FocalPoints.Api.Http;
using FocalPoints.Infrastructure;
using FocalPoints.Infrastructure.Mail;
using FocalPoints.Workflow.Activities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FocalPoints.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>Registers storage, mail, access control and the handlers both hosts serve.</summary>
    public static IServiceCollection AddFocalPointsApi(this IServiceCollection services, IConfiguration configuration, string storageConnectionString, CallerOptions callers)
    {
        services.AddFocalPointsStorage(storageConnectionString);
        services.AddFocalPointsMail(configuration);
        services.AddSingleton(configuration.GetSection("Reminders").Get<ReminderOptions>() ?? new ReminderOptions());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(callers);
        services.AddHostedService<CallerTrustReport>();
        services.AddSingleton<AccessControl>();
        services.AddSingleton<Workflow.Digest.CoordinatorDigest>();
        services.AddSingleton<Workflow.PeerReviews.PeerReviewInvitations>();
        services.AddSingleton<DirectoryHandlers>();
        services.AddSingleton<CycleHandlers>();
        services.AddSingleton<ProgressHandlers>();
        services.AddSingleton<Summaries.ApprovedStrategies>();
        services.AddSingleton<SummaryHandlers>();
        services.AddSingleton<PeerReviewHandlers>();
        services.AddSingleton(configuration.GetSection("Workflow").Get<HandOver.HandOverOptions>() ?? new HandOver.HandOverOptions());
        services.AddSingleton<HandOver.WorkflowHandOver>();
        services.AddSingleton<StrategyHandlers>();
        services.AddSingleton<OutboxHandlers>();
        services.AddSingleton<MeHandlers>();
        return services;
    }
}
